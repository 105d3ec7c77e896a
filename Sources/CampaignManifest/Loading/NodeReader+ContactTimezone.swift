import Yams

extension NodeReader {
    /// A campaign's `contact_timezone`: `auto` (true), or null (false, as if left out). It takes
    /// no zone name: the configuration's `default_timezone` is where a fixed default belongs.
    func contactTimezoneDefault(_ node: Node) -> Bool {
        guard !isNull(node), let text = text(node, "contact_timezone") else { return false }
        guard text == ContactSpec.autoTimezoneWord else {
            sink.error(
                location(node), "contact_timezone must be auto, not \(Snippet(text))",
                hint: "for one zone for every contact, set the configuration's schedule.default_timezone")
            return false
        }
        return true
    }
}
