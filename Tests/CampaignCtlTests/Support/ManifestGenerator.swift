import Foundation

/// Writes a manifest repository of generated campaigns with their contacts in CSV files, and
/// knows how many contacts each campaign should end with.
struct ManifestGenerator {
    struct Campaign {
        var key: String
        var status: String
        var contacts: Int
        /// Contacts numbered from here, so a later version can add new ones after the old.
        var firstContact = 0
        var name: String? = nil
    }

    var configuration = "standard"
    var campaigns: [Campaign]

    /// Writes `directory/configurations.yaml`, `directory/campaigns.yaml` and a CSV per campaign.
    func write(to workspace: Workspace, directory: String) throws {
        try workspace.write(
            "\(directory)/configurations.yaml",
            """
            configurations:
              \(configuration):
                name: Standard hours
                schedule:
                  default_timezone: America/New_York
                  default_windows:
                    - {days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00"}
                agent:
                  agent_id: agent-generated

            """)
        guard !campaigns.isEmpty else { return }
        try workspace.write("\(directory)/campaigns.yaml", "campaigns:\n" + campaigns.map(campaignYAML).joined())
        for campaign in campaigns {
            try workspace.write("\(directory)/contacts/\(campaign.key).csv", csv(campaign))
        }
    }

    private func campaignYAML(_ campaign: Campaign) -> String {
        """
          \(campaign.key):
            name: \(campaign.name ?? "Generated \(campaign.key)")
            configuration: \(configuration)
            status: \(campaign.status)
            contacts_files:
              - path: contacts/\(campaign.key).csv
                columns:
                  external_id: id
                  phone_numbers: [phone]
                  timezone: tz
                  data:
                    tier: tier

        """
    }

    private func csv(_ campaign: Campaign) -> String {
        var text = "id,phone,tz,tier\n"
        text.reserveCapacity(campaign.contacts * 48)
        for number in campaign.firstContact..<(campaign.firstContact + campaign.contacts) {
            text +=
                "\(Self.contactKey(campaign.key, number)),\(Self.phone(number)),America/Chicago,\(["gold", "silver", "bronze"][number % 3])\n"
        }
        return text
    }

    static func contactKey(_ campaign: String, _ number: Int) -> String {
        "\(campaign)-\(String(number + 100_000).dropFirst())"
    }

    /// A valid North American number per contact (area code 312, exchange 5xx).
    static func phone(_ number: Int) -> String {
        let line = String(number % 10_000 + 10_000).dropFirst()
        let exchange = 500 + number / 10_000 % 100
        return "+1312\(exchange)\(line)"
    }

    /// Contacts each campaign should hold once the manifests are applied.
    var expectedCounts: [String: Int] {
        Dictionary(campaigns.map { ($0.key, $0.contacts) }, uniquingKeysWith: +)
    }
}
