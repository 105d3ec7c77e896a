import ArgumentParser

/// The benchmarks that drive the libraries from Swift, one subcommand per scenario, built in
/// release by `benchmarks/<scenario>/run.sh`. Not tests: each prints its table and `BENCH`
/// lines for `benchmarks/run-all.sh`, and exits 1 only when a check of its own fails (a plan
/// that should be empty isn't, a read sends more requests than it must).
@main
struct Benchmarks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaignctl-benchmarks",
        abstract: "Benchmarks of campaignctl's libraries against the emulator.",
        subcommands: [PlanBenchmark.self, ClientReadBenchmark.self]
    )
}

/// The size of the org a benchmark builds: campaigns × contacts each.
struct OrgSize: ParsableArguments {
    @Option(help: "Campaigns in the org.")
    var campaigns = 20

    @Option(help: "Contacts in each campaign (at most 9999).")
    var contacts = 5000

    func validate() throws {
        guard campaigns >= 1, campaigns <= 999 else { throw ValidationError("--campaigns must be 1 to 999") }
        // Phone numbers are made of the campaign's number and the contact's, four digits.
        guard contacts >= 1, contacts <= 9999 else { throw ValidationError("--contacts must be 1 to 9999") }
    }

    /// How scenarios name the org: `20×5000`.
    var label: String { "\(campaigns)×\(contacts)" }
}
