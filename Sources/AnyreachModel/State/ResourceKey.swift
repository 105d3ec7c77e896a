/// The keys every resource's body may carry besides its state: its UUID (`id`, which an upsert
/// item matches by for a contact adopted by UUID) and its `external_id`.
public enum ResourceKey: String, CodingKey, CaseIterable {
    case id
    case externalID = "external_id"
}
