@testable import Domain
import Foundation
import XCTest

final class CataloguePartyUUIDTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func test_sha1_matchesFIPSVectors() {
        XCTAssertEqual(hex(SHA1.digest(Array("abc".utf8))), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(SHA1.digest([])), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
                       "84983e441c3bd26ebaae4aa1f95129e5e54670f1", "56 bytes: padding needs a second block")
    }

    func test_sha1_matchesMillionAVector_whenFedInPieces() {
        var hash = SHA1()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hash.update(chunk) }
        XCTAssertEqual(hex(hash.finish()), "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    func test_sha1_givesSameDigest_forAnySplit() {
        let bytes = Array((0..<200).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let whole = SHA1.digest(bytes)
        for split in [1, 55, 56, 63, 64, 65, 128, 199] {
            var hash = SHA1()
            hash.update(Array(bytes[..<split]))
            hash.update(Array(bytes[split...]))
            XCTAssertEqual(hash.finish(), whole, "split at \(split)")
        }
    }

    func test_partyUUID_matchesTheCatalogueExample() throws {
        let number = try XCTUnwrap(OrganizationNumber(rawValue: "310202398"))
        XCTAssertEqual(PartyUUID(number).description, "454b4ce1-d89b-563c-b63f-287d646808d0")
    }

    func test_partyUUID_matchesEveryOrganisationOfTheScenario() throws {
        let table = [
            "315602122": "64d7b696-c754-5bd1-aced-38c977e21e6f", "315602149": "cd7ab0d2-ed90-5e1b-86f1-44c7623eea52",
            "310202398": "454b4ce1-d89b-563c-b63f-287d646808d0", "311312294": "7709dd33-9c61-5b85-bb4c-734170ad151f",
            "310904473": "97b2ee37-9a5d-506c-a79b-f38b07c05d8a", "314250052": "ed34e07c-bd91-56f3-a224-cbba06779d50",
            "315710340": "621ea9f8-24a3-5e30-9404-8e39721b052a", "315710359": "e12eca18-076b-5066-b61d-2ec1a103c409",
            "315710367": "cd0cd810-7206-5dce-ad84-4602092cd2a9", "315710375": "8794af57-47ee-5a86-aace-20df5d099cd7",
            "315710383": "b22374e1-8fcf-5230-9331-20ce5eb97acb", "315710391": "f5baceb1-3d7d-5aa3-bc4b-8152cbbe1181",
            "315710405": "f8860c6c-cefc-5cfd-86f2-91e4c4b0d785", "315710413": "1d7a3329-e3d8-514c-b3d2-8028b01e123c",
            "315710421": "b0bbc5ed-e89f-537e-8cff-f4e2ea03f592",
        ]
        XCTAssertEqual(table.count, 15)
        for (orgnr, uuid) in table {
            let number = try XCTUnwrap(OrganizationNumber(rawValue: orgnr))
            XCTAssertEqual(PartyUUID(number).description, uuid, orgnr)
        }
    }

    func test_partyReference_parsesOrgnrOrUUID_inEitherCase() throws {
        XCTAssertEqual(PartyReference("315710340")?.organizationNumber?.rawValue, "315710340")
        let lower = try XCTUnwrap(PartyReference("621ea9f8-24a3-5e30-9404-8e39721b052a"))
        let upper = try XCTUnwrap(PartyReference("621EA9F8-24A3-5E30-9404-8E39721B052A"))
        XCTAssertEqual(lower, upper)
        XCTAssertNil(lower.organizationNumber)
    }

    func test_partyReference_rejectsMalformedValues() {
        for text in ["310202399", "31020239", "", "621ea9f824a35e3094048e39721b052a", "{621ea9f8-24a3-5e30-9404-8e39721b052a}",
                     "621ea9f8-24a3-5e30-9404-8e39721b052g", "621ea9f8-24a35-e30-9404-8e39721b052a", " 315710340"] {
            XCTAssertNil(PartyReference(text), text)
        }
    }

    func test_partyReference_resolvesAmongCandidates_byComputingUUIDs() throws {
        let candidates = try ["315710340", "315710359"].map { try XCTUnwrap(OrganizationNumber(rawValue: $0)) }
        let byUUID = try XCTUnwrap(PartyReference("e12eca18-076b-5066-b61d-2ec1a103c409"))
        XCTAssertEqual(byUUID.resolve(among: candidates)?.rawValue, "315710359")
        XCTAssertTrue(byUUID.matches(candidates[1]))
        XCTAssertFalse(byUUID.matches(candidates[0]))
        let unknown = try XCTUnwrap(PartyReference("454b4ce1-d89b-563c-b63f-287d646808d0"))
        XCTAssertNil(unknown.resolve(among: candidates), "a UUID maps back only to a known candidate")
        XCTAssertEqual(PartyReference("315710340")?.resolve(among: candidates)?.rawValue, "315710340")
        XCTAssertNil(PartyReference("310202398")?.resolve(among: candidates))
    }
}
