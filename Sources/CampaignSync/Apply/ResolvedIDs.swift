/// Configuration ids by external_id, known at the start and learnt as creates complete, so a
/// campaign can name a configuration created earlier in the same run.
actor ResolvedIDs {
    private var configurations: [String: String]

    init(configurations: [String: String]) {
        self.configurations = configurations
    }

    func configurationID(_ key: String) -> String? { configurations[key] }

    func learn(configuration key: String, id: String) { configurations[key] = id }
}
