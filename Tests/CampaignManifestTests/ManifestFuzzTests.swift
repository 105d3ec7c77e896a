import Foundation
import TestSupport
import Testing

@testable import CampaignManifest

/// Thousands of mutated manifests (bytes flipped, lines cut, keys renamed, indentation changed,
/// values swapped): the loader never crashes, and either returns a state with no errors or at
/// least one error, every diagnostic located in a named file at line ≥ 1 and column ≥ 1.
@Suite struct ManifestFuzzTests {
    static let seeds: [String] = [
        """
        configurations:
          hours:
            name: Hours for ${CAMPAIGNCTL_TEAM}
            schedule:
              default_timezone: America/Chicago
              default_windows:
                - {days: [mon, tue, wed], start: "09:00", end: "17:00"}
              overrides:
                - timezones: [America/Denver, US/Pacific]
                  windows:
                    - days: [thu]
                      start: 10:00
                      end: 18:30
            dialing_policy: {max_attempts: 4, retry_delay_minutes: 90, default_country_code: "+1"}
            agent: {agent_id: agent-1, agent_version: 3}
        campaigns:
          spring:
            name: Spring renewals
            configuration: hours
            status: paused
            priority: 7
            prune_contacts: true
            contacts:
              - external_id: lead-1
                phone_numbers: ["(415) 555-0101", "+1 212 555 0199"]
                data: {plan: basic, amount: 12.5, renew: true, zip: 02134}
                timezone: America/New_York
                scheduled_at: 2026-11-28T09:00:00Z
              - external_id: lead-2
                phone_numbers: [4155550102]
                agent_number: "+14155550100"
                agent_config: {voice: calm}
        """,
        """
        concurrency:
          limit: 25
        adhoc_contacts:
          prune: false
          contacts:
            - external_id: vip-1
              phone_numbers: ["+14155550142"]
              initial_context: Asked for a callback.
        policy:
          prune: {configurations: false, campaigns: true, contacts: false}
          mass_delete: {max_percent: 10, min_count: 25}
        """,
        // Anchors, aliases, merge keys, quotes and nested flow: what the YAML-level checks read.
        """
        configurations:
          base: &base
            name: "Base hours"
            agent: &agent {agent_id: 'agent-1'}
            schedule:
              default_windows: &weekdays
                - {days: [mon, tue, wed], start: "09:00", end: "17:00"}
              scheduled_windows: *weekdays
          evenings:
            <<: *base
            name: Evenings
            dialing_policy: {<<: [{max_attempts: 2}, {retry_delay_minutes: 5}]}
        campaigns:
          autumn:
            name: 'Autumn ''26'
            configuration: evenings
            contacts:
              - {external_id: "lead-1", phone_numbers: ["+14155550101"], data: {tags: [a, [b, [c]]], note: "x # y"}}
              - external_id: lead-2
                phone_numbers: ["+14155550102"]
                data: {copy: *agent, text: "multi
                  line"}
        """,
    ]

    static let iterations = 3000

    @Test func mutatedManifestsNeverCrashAndAlwaysLocateTheirErrors() {
        var random = SeededRandom(seed: 20_261_128)
        let loader = Fixtures.loader()
        for iteration in 0..<Self.iterations {
            let texts = Self.seeds.enumerated().map { index, seed in
                (name: "fuzz/m\(index).yaml", text: Bool.random(using: &random) ? Self.mutate(seed, &random) : seed)
            }
            let result = loader.load(texts: texts)
            check(result, texts: texts, iteration: iteration)
        }
    }

    private func check(_ result: ManifestLoadResult, texts: [(name: String, text: String)], iteration: Int) {
        if result.state == nil {
            #expect(
                !result.errors.isEmpty,
                "iteration \(iteration): no state and no error\n\(texts.map(\.text).joined(separator: "\n---\n"))")
        } else {
            #expect(result.errors.isEmpty, "iteration \(iteration): a state despite errors")
        }
        for diagnostic in result.diagnostics {
            guard let location = diagnostic.location else {
                Issue.record("iteration \(iteration): a manifest diagnostic without a location: \(diagnostic)")
                continue
            }
            let text = texts.first { $0.name == location.file }?.text
            let lines =
                text.map { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count } ?? Int.max
            #expect(
                !location.file.isEmpty && location.line >= 1 && location.column >= 1 && location.line <= lines,
                "iteration \(iteration): badly located \(diagnostic)\n\(text ?? "")")
        }
    }

    /// One to three mutations of the kinds a hand edit or a bad merge makes.
    static func mutate(_ text: String, _ random: inout SeededRandom) -> String {
        var result = text
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            var lines = result.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0...8, using: &random) {
            case 0: result = flipByte(result, &random)
            case 1:
                lines.remove(at: index)
                result = lines.joined(separator: "\n")
            case 2: result = String(result.prefix(Int.random(in: 0...result.count, using: &random)))
            case 3:
                lines[index] = renameKey(lines[index], &random)
                result = lines.joined(separator: "\n")
            case 4:
                lines[index] = reindent(lines[index], &random)
                result = lines.joined(separator: "\n")
            case 5:
                lines = swapValues(lines, index, &random)
                result = lines.joined(separator: "\n")
            case 6:
                lines.insert(lines[index], at: index)
                result = lines.joined(separator: "\n")
            case 7: result = insertSpecial(result, &random)
            default: result = swapLines(lines, index, &random).joined(separator: "\n")
            }
        }
        return result
    }

    /// A random bit of a random byte; the loader takes text, so invalid UTF-8 is repaired (files
    /// that aren't UTF-8 are refused before parsing).
    static func flipByte(_ text: String, _ random: inout SeededRandom) -> String {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return text }
        bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= 1 << UInt8.random(in: 0...7, using: &random)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func renameKey(_ line: String, _ random: inout SeededRandom) -> String {
        guard let colon = line.firstIndex(of: ":") else { return line }
        let keys = [
            "name", "priorty", "configuration", "contacts", "phone_numbers", "data", "days", "start", "limit", "",
            "- x", "${HOME}", "<<",
        ]
        let indent = line.prefix { $0 == " " || $0 == "-" }
        return indent + keys.randomElement(using: &random)! + line[colon...]
    }

    static func reindent(_ line: String, _ random: inout SeededRandom) -> String {
        let change = Int.random(in: -3...3, using: &random)
        return change >= 0
            ? String(repeating: " ", count: change) + line
            : String(line.dropFirst(min(-change, line.prefix { $0 == " " }.count)))
    }

    static func swapValues(_ lines: [String], _ index: Int, _ random: inout SeededRandom) -> [String] {
        var lines = lines
        let other = Int.random(in: 0..<lines.count, using: &random)
        guard let a = lines[index].range(of: ": "), let b = lines[other].range(of: ": ") else { return lines }
        let valueA = String(lines[index][a.upperBound...])
        let valueB = String(lines[other][b.upperBound...])
        (lines[index], lines[other]) = (
            String(lines[index][..<a.upperBound]) + valueB, String(lines[other][..<b.upperBound]) + valueA
        )
        return lines
    }

    static func swapLines(_ lines: [String], _ index: Int, _ random: inout SeededRandom) -> [String] {
        var lines = lines
        lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
        return lines
    }

    static func insertSpecial(_ text: String, _ random: inout SeededRandom) -> String {
        let specials = [
            "{", "}", "[", "]", ":", "- ", "\"", "'", "&a ", "*a", "!!int ", "|", ">", "%", "@", "\t", "\u{0}", "#",
            "\r", "\u{FEFF}", "${", "é", "\n  ",
        ]
        var scalars = Array(text.unicodeScalars)
        let position = Int.random(in: 0...scalars.count, using: &random)
        scalars.insert(contentsOf: specials.randomElement(using: &random)!.unicodeScalars, at: position)
        return String(String.UnicodeScalarView(scalars))
    }
}
