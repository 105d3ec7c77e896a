import AnyreachModel
import Foundation

/// Small manifests for the session tests, each a whole `org.yaml`.
enum Manifests {
    /// One configuration and one campaign of two contacts.
    static let loop = """
        configurations:
          hours:
            name: Hours
            agent: {agent_id: agent-1}
        campaigns:
          loop:
            name: Loop campaign
            configuration: hours
            contacts:
              - {external_id: a, phone_numbers: ["+14155550101"]}
              - {external_id: b, phone_numbers: ["+14155550102"]}
        """

    /// `loop` with the campaign renamed and contact b's number changed.
    static let loopChanged = loop.replacingOccurrences(of: "name: Loop campaign", with: "name: Loop campaign (renamed)")
        .replacingOccurrences(of: "+14155550102", with: "+14155550199")

    /// `loop` plus a campaign adopted by id and the ad-hoc list.
    static func loopAdopting(_ id: String) -> String {
        loop + """

              adopted:
                id: \(id)
                name: Adopted
                configuration: hours
            adhoc_contacts:
              contacts:
                - {external_id: vip, phone_numbers: ["+14155550142"]}
            """
    }
}
