/// The keys of an environment file (`environments/NAME.yaml`, docs/environments.md). Not part
/// of the manifest format, so not in its JSON Schema.
extension ManifestKeys {
    static let environmentFile = ManifestMapping(
        name: "environmentFile",
        help: "One environment of the repository.",
        keys: [ManifestKey("environment", .mapping(environment), required: true, help: "The environment's settings.")])

    static let environment = ManifestMapping(
        name: "environment",
        help: "An org, how to reach it, and the values its manifests read.",
        keys: [
            ManifestKey(
                "api_url", .text(),
                help: "The API; used only when it is the default, loopback, or in CAMPAIGNCTL_TRUSTED_API_URLS."),
            ManifestKey("org", .text(), help: "The org, as --org names it."),
            ManifestKey("token_env", .text(), help: "The environment variable holding the credential."),
            ManifestKey("token_file", .text(), help: "Or the file holding it."),
            ManifestKey("values", .entries(of: .text()), help: "NAME: value pairs the manifests read as ${NAME}."),
        ])
}
