import Foundation
import TestSupport

/// What a fault-free apply of the examples leaves in an empty org, computed once.
actor ReferenceInventory {
    static let shared = ReferenceInventory()
    private var examplesTask: Task<LiveInventory, any Error>?

    func examples() async throws -> LiveInventory {
        if examplesTask == nil {
            examplesTask = Task {
                try await Scenario.with("reference", example: ".") { scenario in
                    let run = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
                    guard run.status == 0 else { throw TestFailure("the reference apply failed: \(run)") }
                    return try await scenario.inventory()
                }
            }
        }
        return try await examplesTask!.value
    }
}
