import AnyreachAPI
import AnyreachModel
import Testing

@testable import AnyreachEmulator

/// The contact routes of §4.2 over HTTP: resolution of `{id}` and `{contact_id}`, `default`,
/// reading, deleting. Upsert semantics are in `ContactUpsertTests`.
@Suite struct ContactRouteTests {
    /// A campaign `spring` with contacts `a` and `b`; returns (campaign id, id of `a`, id of `b`).
    private func springWithTwoContacts(_ api: EmulatorHarness) async throws -> (String, String, String) {
        let config = try await api.createConfiguration()
        let campaign = try await api.createCampaign(externalID: "spring", configurationID: config)
        let response = try await api.upsert(
            campaign,
            [["external_id": "a", "phone_numbers": [phone(1)]], ["external_id": "b", "phone_numbers": [phone(2)]]])
        let ids = response.strings("contact_ids")
        return (campaign, try #require(ids.first ?? nil), try #require(ids.last ?? nil))
    }

    @Test("Contact routes take the campaign by UUID or external_id, the contact by UUID (any case) or external_id")
    func references() async throws {
        try await EmulatorHarness.with { api in
            let (campaign, a, _) = try await springWithTwoContacts(api)
            for campaignRef in [campaign, campaign.uppercased(), "spring"] {
                for contactRef in [a, a.uppercased(), "a"] {
                    let contact = try await api.get("/campaign/campaigns/\(campaignRef)/contacts/\(contactRef)")
                    #expect(contact.status == 200)
                    #expect(contact["id"] == .string(a))
                    #expect(contact["campaign_id"] == .string(campaign))
                }
                #expect(try await api.get("/campaign/campaigns/\(campaignRef)/contacts")["total"] == 2)
                #expect(try await api.get("/campaign/campaigns/\(campaignRef)/contacts/zzz").status == 404)
            }
            #expect(try await api.get("/campaign/campaigns/autumn/contacts").status == 404)
            #expect(try await api.get("/campaign/campaigns/autumn/contacts/a").status == 404)
        }
    }

    @Test("A contact is resolved within its campaign: another campaign's contact is 404")
    func contactsAreScopedToTheirCampaign() async throws {
        try await EmulatorHarness.with { api in
            let (_, a, _) = try await springWithTwoContacts(api)
            let config = try await api.createConfiguration()
            _ = try await api.createCampaign(externalID: "fall", configurationID: config)
            #expect(try await api.get("/campaign/campaigns/fall/contacts/\(a)").status == 404)
            #expect(try await api.get("/campaign/campaigns/fall/contacts/a").status == 404)
            #expect(try await api.delete("/campaign/campaigns/fall/contacts/a").status == 404)
            #expect(try await api.get("/campaign/campaigns/default/contacts/\(a)").status == 404)
        }
    }

    @Test("A UUID-shaped contact reference tries ids first, then external_ids")
    func uuidShapedExternalID() async throws {
        try await EmulatorHarness.with { api in
            let (campaign, a, _) = try await springWithTwoContacts(api)
            let key = "0190a3c1-0000-7000-8000-00000000abcd"
            let ids = try await api.upsert(
                campaign,
                [
                    ["external_id": .string(key), "phone_numbers": [phone(3)]],
                    ["external_id": .string(a), "phone_numbers": [phone(4)]],
                ]
            ).strings("contact_ids")
            #expect(
                try await api.get("/campaign/campaigns/spring/contacts/\(key)")["id"] == .string(try #require(ids[0])))
            #expect(try await api.get("/campaign/campaigns/spring/contacts/\(a)")["external_id"] == "a")
        }
    }

    @Test("`default` holds ad-hoc contacts: E.164 only, campaign_id null, readable and deletable")
    func adHocContacts() async throws {
        try await EmulatorHarness.with { api in
            let response = try await api.upsert(
                "default", [["external_id": "walk-in", "phone_numbers": ["+14155550123"]]])
            #expect(response["inserted"] == 1)
            #expect(response["warnings"] == [])
            let id = try #require(response.strings("contact_ids").first ?? nil)
            let contact = try await api.get("/campaign/campaigns/default/contacts/\(id.uppercased())")
            #expect(contact["campaign_id"] == .null)
            #expect(contact["phone_numbers"] == ["+14155550123"])
            #expect(try await api.get("/campaign/campaigns/default/contacts/walk-in")["id"] == .string(id))
            #expect(try await api.get("/campaign/campaigns/default/contacts")["total"] == 1)
            for number in ["(415) 555-0123", "4155550123", "+1415555012"] {
                let refused = try await api.post(
                    "/campaign/campaigns/default/contacts", ["contacts": [["phone_numbers": .array([.string(number)])]]]
                )
                #expect(refused.status == 422, "\(number)")
                #expect(refused.locs == ["body.contacts.0.phone_numbers.0"], "\(number)")
            }
            #expect(try await api.delete("/campaign/campaigns/default/contacts/walk-in").status == 204)
            #expect(try await api.get("/campaign/campaigns/default/contacts")["total"] == 0)
        }
    }

    @Test("`default` is not a campaign: the campaign routes answer 404 for it")
    func defaultIsNoCampaign() async throws {
        try await EmulatorHarness.with { api async throws in
            #expect(try await api.get("/campaign/campaigns/default").status == 404)
            #expect(try await api.post("/campaign/campaigns/default/pause", [:]).status == 404)
        }
    }

    @Test("Delete answers 204 with no body; the contact is gone")
    func deleteContact() async throws {
        try await EmulatorHarness.with { api in
            let (campaign, a, _) = try await springWithTwoContacts(api)
            let deleted = try await api.delete("/campaign/campaigns/spring/contacts/\(a)")
            #expect(deleted.status == 204)
            #expect(deleted.text.isEmpty)
            #expect(try await api.get("/campaign/campaigns/\(campaign)/contacts/\(a)").status == 404)
            #expect(try await api.delete("/campaign/campaigns/\(campaign)/contacts/b").status == 204)
            #expect(try await api.delete("/campaign/campaigns/\(campaign)/contacts/b").status == 404)
        }
    }

    @Test(
        "Deleting a contact during a call is 409, in an open or closed campaign; other statuses delete",
        arguments: [("locked", 409), ("in_progress", 409), ("pending", 204), ("completed", 204), ("exhausted", 204)])
    func deleteDuringCall(_ status: String, _ expected: Int) async throws {
        try await EmulatorHarness.with { api in
            let (_, a, b) = try await springWithTwoContacts(api)
            try await api.setStatus(status, ofContact: a)
            try await api.setStatus(status, ofContact: b)
            let open = try await api.delete("/campaign/campaigns/spring/contacts/a")
            #expect(open.status == expected)
            if expected == 409 { #expect(open["detail"]?.stringValue != nil) }
            #expect(try await api.post("/campaign/campaigns/spring/close", [:]).status == 200)
            #expect(try await api.delete("/campaign/campaigns/spring/contacts/b").status == expected)
        }
    }

    @Test("A contact comes with every field, nulls written out, and its attempts")
    func contactShape() async throws {
        try await EmulatorHarness.with { api in
            let (_, a, _) = try await springWithTwoContacts(api)
            try await api.addAttempts(2, toContact: a)
            let contact = try await api.get("/campaign/campaigns/spring/contacts/a")
            let keys = Set(contact.json?.objectValue?.keys.map { $0 } ?? [])
            #expect(
                keys == [
                    "id", "external_id", "campaign_id", "phone_numbers", "data", "timezone", "scheduled_at", "agent_id",
                    "agent_version",
                    "agent_number", "agent_config", "initial_context", "status", "attempts", "created_at", "updated_at",
                ])
            #expect(contact["status"] == "pending")
            #expect(contact["data"] == [:])
            #expect(contact["timezone"] == .null)
            let attempts = contact.objects("attempts")
            #expect(attempts.count == 2)
            #expect(attempts.first?["phone_number"] == "+12025550100")
            let listed = try await api.get("/campaign/campaigns/spring/contacts").objects("contacts")
            #expect(listed.first.map(JSONValue.object) == contact.json)
        }
    }
}
