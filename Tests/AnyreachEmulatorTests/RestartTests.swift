import AnyreachAPI
import AnyreachModel
import Foundation
import NIOHTTP1
import Testing

/// The built `anyreach-emulator` binary as a process: state in `--db` survives a SIGTERM and a
/// restart unchanged, shutdown on SIGTERM is clean and prompt, and `--help` documents the flags.
@Suite struct RestartTests {
    @Test func helpExitsZeroAndNamesTheFaultFlags() async throws {
        let (status, output) = try await EmulatorProcess.run(["--help"])
        #expect(status == 0)
        for flag in [
            "--port", "--db", "--credential", "--latency-ms", "--jitter-ms", "--error-rate", "--rate-limit",
            "--rate-limit-burst", "--lost-write-rate", "--fault-seed",
        ] {
            #expect(output.contains(flag), "--help does not mention \(flag)")
        }
    }

    @Test func stateSurvivesSIGTERMAndRestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "emulator-restart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("state.sqlite").path

        // First run: create a configuration, a campaign and contacts, then read them all back.
        let first = try await EmulatorProcess.start(database: db)
        let before: Snapshot
        do {
            let configuration = try await first.post(
                "/campaign/configurations",
                [
                    "name": "restart", "external_id": "cfg-restart", "agent": ["agent_id": "agent-1"],
                    "schedule": [
                        "default_timezone": "Europe/London",
                        "default_windows": [["days": ["mon", "fri"], "start": "09:00", "end": "17:30"]],
                    ],
                ])
            try #require(configuration.status == 200, "\(configuration.text)")
            let configurationID = try #require(configuration["id"]?.stringValue)
            let campaign = try await first.post(
                "/campaign/campaigns",
                [
                    "name": "Restart", "external_id": "restart", "configuration_id": .string(configurationID),
                    "priority": 7,
                    "contacts": [["external_id": "a", "phone_numbers": ["(415) 555-0123"], "data": ["tier": "gold"]]],
                ])
            try #require(campaign.status == 200, "\(campaign.text)")
            let campaignID = try #require(campaign["id"]?.stringValue)
            let upsert = try await first.post(
                "/campaign/campaigns/\(campaignID)/contacts",
                [
                    "contacts": [
                        [
                            "external_id": "b", "phone_numbers": ["+442079460958"], "timezone": "Europe/London",
                            "scheduled_at": "2027-01-02T03:04:05-05:00",
                        ],
                        ["phone_numbers": ["+14155550199"], "agent_version": 3],
                    ]
                ])
            try #require(upsert.status == 200, "\(upsert.text)")
            let adHoc = try await first.post(
                "/campaign/campaigns/default/contacts",
                ["contacts": [["external_id": "solo", "phone_numbers": ["+14155550100"]]]])
            try #require(adHoc.status == 200, "\(adHoc.text)")
            let paused = try await first.post("/campaign/campaigns/restart/pause", [:])
            try #require(paused.status == 200, "\(paused.text)")
            let concurrency = try await first.send(
                .PUT, "/campaign/concurrency-settings", json: ["concurrency_limit": 25])
            try #require(concurrency.status == 200, "\(concurrency.text)")
            before = try await Snapshot.take(from: first, campaignID: campaignID)
        } catch {
            first.forceKill()
            throw error
        }
        #expect(before.contacts.count == 3)

        // SIGTERM: a clean exit (status 0), promptly.
        let stopped = try #require(try await first.terminate(), "anyreach-emulator outlived SIGTERM by 10 s")
        #expect(!stopped.signalled && stopped.status == 0, "exit \(stopped.status) (signalled: \(stopped.signalled))")
        #expect(stopped.elapsed < .seconds(5), "took \(stopped.elapsed) to stop")

        // Second run on the same file: the same objects, ids and timestamps included.
        let second = try await EmulatorProcess.start(database: db)
        do {
            let after = try await Snapshot.take(from: second, campaignID: before.campaignID)
            #expect(after == before)
            // And it keeps working: a new write lands after the old ones.
            let more = try await second.post(
                "/campaign/campaigns/\(before.campaignID)/contacts",
                ["contacts": [["external_id": "c", "phone_numbers": ["+14155550111"]]]])
            #expect(more.status == 200 && more["inserted"] == 1, "\(more.text)")
            let listing = try await second.get("/campaign/campaigns/\(before.campaignID)/contacts")
            #expect(listing["total"] == 4)
        } catch {
            second.forceKill()
            throw error
        }
        let stoppedAgain = try #require(try await second.terminate())
        #expect(!stoppedAgain.signalled && stoppedAgain.status == 0)
    }

    /// Everything the first run made, as the API answers it.
    struct Snapshot: Equatable {
        var campaignID: String
        var campaign: JSONValue
        var byExternalID: JSONValue
        var campaigns: JSONValue
        var configurations: JSONValue
        var contacts: [JSONValue]
        var adHoc: JSONValue
        var contactB: JSONValue
        var concurrency: JSONValue

        static func take(from emulator: EmulatorProcess, campaignID: String) async throws -> Snapshot {
            func json(_ path: String) async throws -> JSONValue {
                let response = try await emulator.get(path)
                guard response.status == 200, let json = response.json else {
                    throw ProcessError(description: "GET \(path) answered \(response.status): \(response.text)")
                }
                return json
            }
            let page = try await json("/campaign/campaigns/\(campaignID)/contacts?limit=200")
            guard case .array(let contacts)? = page.objectValue?["contacts"] else {
                throw ProcessError(description: "no contacts in \(page)")
            }
            return Snapshot(
                campaignID: campaignID,
                campaign: try await json("/campaign/campaigns/\(campaignID)"),
                byExternalID: try await json("/campaign/campaigns/restart"),
                campaigns: try await json("/campaign/campaigns"),
                configurations: try await json("/campaign/configurations"),
                contacts: contacts,
                adHoc: try await json("/campaign/campaigns/default/contacts"),
                contactB: try await json("/campaign/campaigns/restart/contacts/b"),
                concurrency: try await json("/campaign/concurrency-settings"))
        }
    }
}
