import Domain
import Foundation
import XCTest

/// The Markdown tables of `catalogue.md`, as read by `CatalogueMatchesSpecTests`.
struct CatalogueSpec {
    struct Table {
        let heading: String
        let header: [String]
        let rows: [[String]]
    }

    let text: String
    let tables: [Table]

    init(text: String) {
        self.text = text
        self.tables = CatalogueSpec.parseTables(text)
    }

    static func load(filePath: String = #filePath) throws -> CatalogueSpec {
        let repoRoot = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment["CATALOGUE_SPEC"]
            ?? repoRoot.appendingPathComponent("../shared/spec/catalogue.md").standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no contract at \(path)") }
        return CatalogueSpec(text: try String(contentsOfFile: path, encoding: .utf8))
    }

    func tables(under headingPrefix: String) -> [Table] { tables.filter { $0.heading.hasPrefix(headingPrefix) } }

    func rows(under headingPrefix: String, firstHeader: String) -> [[String]] {
        tables(under: headingPrefix).filter { $0.header.first == firstHeader }.flatMap(\.rows)
    }

    /// The first fenced ```json block after the line containing `marker`.
    func firstJSONBlock(after marker: String) -> String? {
        guard let start = text.range(of: marker),
              let open = text.range(of: "```json\n", range: start.upperBound..<text.endIndex),
              let close = text.range(of: "```", range: open.upperBound..<text.endIndex) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    private static func parseTables(_ text: String) -> [Table] {
        var tables: [Table] = []
        var heading = ""
        var block: [[String]] = []
        func flush() {
            if block.count >= 2 { tables.append(Table(heading: heading, header: block[0], rows: Array(block.dropFirst(2)))) }
            block = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { flush(); heading = String(line) }
            if line.hasPrefix("|") {
                block.append(line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { $0.trimmingCharacters(in: .whitespaces) })
            } else {
                flush()
            }
        }
        flush()
        return tables
    }

    // MARK: cells

    /// Without Markdown code and emphasis marks.
    static func plain(_ cell: String) -> String {
        cell.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "**", with: "")
    }

    /// The texts between backticks, in order.
    static func backticked(_ cell: String) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
    }

    /// `a`, `b` → [a, b]; "–" → [].
    static func codeList(_ cell: String) -> [String] { cell == "–" ? [] : backticked(cell) }

    /// The middle column of §2: roles (KEY expanded), without a parenthetical remark.
    static func roles(_ cell: String) -> [String] {
        let bare = cell.split(separator: "(").first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        guard bare != "–" else { return [] }
        return bare.components(separatedBy: ", ").flatMap { $0 == "KEY" ? ERRoleRules.keyRoles : [$0] }
    }

    /// The right column of §2: "FFØR when U is `NUF`" or "… `ESEK` or `BRL` (not …)"; "–" is none.
    static func condition(_ cell: String) -> RoleFormCondition? {
        guard cell != "–", let when = cell.range(of: " when U is ") else { return nil }
        let forms = cell[when.upperBound...].split(separator: "(").first.map(String.init) ?? ""
        return RoleFormCondition(role: String(cell[..<when.lowerBound]), forms: backticked(forms))
    }

    /// "AUTH-00037 – AUTH-00040" → the four codes; a single code → itself.
    static func expandRange(_ cell: String) -> [String] {
        let ends = cell.components(separatedBy: " – ")
        guard ends.count == 2, let dash = ends[0].lastIndex(of: "-"), let first = Int(ends[0][dash...].dropFirst()),
              let last = Int(ends[1].split(separator: "-").last ?? "") else { return [cell] }
        let prefix = ends[0][...dash]
        return (first...last).map { prefix + String(format: "%05d", $0) }
    }

    /// "400" → [400]; "503 or 504" → [503, 504]; "–" → [].
    static func statuses(_ cell: String) -> [Int] {
        cell.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    /// How the table writes an entry's title cell: titles joined by " / ", then the remark in parentheses.
    static func composedTitle(_ entry: ErrorCode) -> String {
        let titles = ([entry.title] + entry.alternativeTitles).joined(separator: " / ")
        return entry.remark.map { "\(titles) (\($0))" } ?? titles
    }
}
