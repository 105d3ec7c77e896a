import Foundation
import PhoneNumbers
import Testing

/// The generated prefix table gives the zones libphonenumber gives, on its example numbers of
/// every region (fixed line, mobile, toll free), read from the sample the generator wrote with
/// `phonenumbers` itself.
@Suite struct PhoneTimeZoneTests {
    struct Sample: Decodable {
        var phonenumbers: String
        var numbers: [String: [String]]
    }

    static let sample: Sample = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/timezone-sample.json")
        do {
            return try JSONDecoder().decode(Sample.self, from: Data(contentsOf: url))
        } catch {
            fatalError("Fixtures/timezone-sample.json does not read: \(error)")
        }
    }()

    @Test func everySampleNumberGetsLibphonenumbersZones() {
        #expect(Self.sample.numbers.count > 500, "a sample of every region")
        for (number, zones) in Self.sample.numbers.sorted(by: { $0.key < $1.key }) {
            #expect(PhoneTimeZones.zones(ofE164: number) == zones, "\(number)")
        }
    }

    @Test func aNumberIsPlacedByItsLongestPrefix() {
        #expect(PhoneTimeZones.zones(ofE164: "+14155550123") == ["America/Los_Angeles"])
        #expect(PhoneTimeZones.zones(ofE164: "+12125550199") == ["America/New_York"])
        #expect(PhoneTimeZones.zones(ofE164: "+442079460018") == ["Europe/London"])
        #expect(PhoneTimeZones.zones(ofE164: "+61").count > 1, "a country with several zones, no more digits")
    }

    @Test func whatIsNotANumberHasNoZones() {
        for text in ["", "+", "+1-415", "not a number", "+999999999999"] {
            #expect(PhoneTimeZones.zones(ofE164: text) == [], "\(text)")
        }
    }
}
