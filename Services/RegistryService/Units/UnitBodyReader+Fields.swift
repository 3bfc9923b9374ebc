import Domain
import JSON
import ServiceKit

extension UnitBodyReader {
    /// The stored form of one optional field, or nil (with a failure added) when it is invalid.
    func readField(_ field: UnitField, _ value: JSONValue,
                   _ failures: inout ValidationFailures) throws -> JSONValue? {
        let path = "/" + field.name
        switch field.type {
        case .text:
            return typed(value, path, "a string", &failures) { $0.stringValue.map(JSONValue.string) }
        case .flag:
            return typed(value, path, "a boolean", &failures) { $0.boolValue.map(JSONValue.bool) }
        case .textList:
            return readTextList(value, path, &failures)
        case .date:
            guard let text = value.stringValue else {
                failures.add(.wrongType(path: path, expected: "a date string YYYY-MM-DD"))
                return nil
            }
            guard CalendarDate.isValid(text) else {
                failures.add(.invalidDate(path: path))
                return nil
            }
            return .string(text)
        case .address:
            return readAddress(value, path, &failures)
        case .code(let industry):
            return readCode(value, path, industry: industry, &failures)
        case .employees:
            guard let count = value.intValue else {
                failures.add(.wrongType(path: path, expected: "an integer"))
                return nil
            }
            guard count >= 0 else {
                failures.add(.invalidValue(path: path, detail: "\(path) must not be negative."))
                return nil
            }
            return .int(count)
        case .maalform:
            guard let text = value.stringValue else {
                failures.add(.wrongType(path: path, expected: "a string"))
                return nil
            }
            guard text == "Bokmål" || text == "Nynorsk" else {
                failures.add(.invalidValue(path: path, detail: "\(path) must be Bokmål or Nynorsk."))
                return nil
            }
            return .string(text)
        case .parent:
            return try readParent(value, path, &failures)
        }
    }

    private func typed(_ value: JSONValue, _ path: String, _ expected: String, _ failures: inout ValidationFailures,
                       _ convert: (JSONValue) -> JSONValue?) -> JSONValue? {
        guard let converted = convert(value) else {
            failures.add(.wrongType(path: path, expected: expected))
            return nil
        }
        return converted
    }

    private func readTextList(_ value: JSONValue, _ path: String, _ failures: inout ValidationFailures) -> JSONValue? {
        guard let items = value.arrayValue else {
            failures.add(.wrongType(path: path, expected: "an array of strings"))
            return nil
        }
        var valid = true
        for (index, item) in items.enumerated() where item.stringValue == nil {
            failures.add(.wrongType(path: "\(path)/\(index)", expected: "a string"))
            valid = false
        }
        return valid ? value : nil
    }

    private func readAddress(_ value: JSONValue, _ path: String, _ failures: inout ValidationFailures) -> JSONValue? {
        guard case .object = value else {
            failures.add(.wrongType(path: path, expected: "an object"))
            return nil
        }
        var members: [(String, JSONValue)] = []
        var valid = true
        for name in UnitField.addressFields {
            guard let item = value[name], !item.isNull else { continue }
            let itemPath = "\(path)/\(name)"
            if name == "adresse" {
                if let lines = readTextList(item, itemPath, &failures) { members.append((name, lines)) } else { valid = false }
                continue
            }
            guard let text = item.stringValue else {
                failures.add(.wrongType(path: itemPath, expected: "a string"))
                valid = false
                continue
            }
            if name == "postnummer" || name == "kommunenummer", !Self.isFourDigits(text) {
                failures.add(.invalidValue(path: itemPath, detail: "\(itemPath) must be 4 digits."))
                valid = false
                continue
            }
            members.append((name, .string(text)))
        }
        return valid && !members.isEmpty ? .object(members) : nil
    }

    private func readCode(_ value: JSONValue, _ path: String, industry: Bool,
                          _ failures: inout ValidationFailures) -> JSONValue? {
        guard case .object = value else {
            failures.add(.wrongType(path: path, expected: "an object {kode, beskrivelse}"))
            return nil
        }
        var members: [(String, JSONValue)] = []
        var valid = true
        let kode = value["kode"].nonNull
        if let kode, let text = kode.stringValue {
            if industry, !Self.isIndustryCode(text) {
                failures.add(.invalidIndustryCode(path: "\(path)/kode"))
                valid = false
            }
            members.append(("kode", .string(text)))
        } else if kode != nil {
            failures.add(.wrongType(path: "\(path)/kode", expected: "a string"))
            valid = false
        } else if industry {
            failures.add(.invalidIndustryCode(path: "\(path)/kode"))
            valid = false
        } else {
            failures.add(.missing(path: "\(path)/kode"))
            valid = false
        }
        if let beskrivelse = value["beskrivelse"], !beskrivelse.isNull {
            if let text = beskrivelse.stringValue {
                members.append(("beskrivelse", .string(text)))
            } else {
                failures.add(.wrongType(path: "\(path)/beskrivelse", expected: "a string"))
                valid = false
            }
        }
        return valid ? .object(members) : nil
    }

    /// An enhet's public-sector parent must be a valid number; an underenhet's must be an active enhet.
    private func readParent(_ value: JSONValue, _ path: String, _ failures: inout ValidationFailures) throws -> JSONValue? {
        guard let text = value.stringValue else {
            failures.add(.wrongType(path: path, expected: "a string"))
            return nil
        }
        guard OrganizationNumber.isValid(text) else {
            failures.add(.invalidOrganizationNumber(text, path: path))
            return nil
        }
        if kind == .underenhet {
            guard let parent = try findUnit(text), parent.kind == .enhet, parent.status == .active else {
                failures.add(.invalidParent(path: path))
                return nil
            }
        }
        return .string(text)
    }

    static func isFourDigits(_ text: String) -> Bool {
        text.utf8.count == 4 && text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// `NN.NNN`.
    static func isIndustryCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[2] == UInt8(ascii: ".") else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == 2 || (48...57).contains($0.element) }
    }
}
