import AnyreachModel
import Foundation
import OpenAPIRuntime

/// A contact's `data` as its row stores it: the compact text `JSONValue.compactString()` writes
/// (sorted keys, slashes unescaped). A listing writes it out from the text
/// (`PrettyJSONWriter.storedObject`) without building the value: parsing every contact's `data`
/// and writing it again was an eighth of the emulator's CPU while a client read its contacts.
///
/// Two are equal when their texts are, which is when the stored values are: the text is the
/// encoder's, the same for the same value.
struct StoredObject: Hashable, Sendable {
    let compactText: String

    /// An object given in a request, as it will be stored.
    init(_ value: JSONValue) {
        compactText = value.compactString()
    }

    /// The text of a row's column, as the store wrote it.
    init(storedText: String) {
        compactText = storedText
    }

    static let empty = StoredObject(storedText: "{}")

    /// The value, read from the text as the generated layer reads it (Foundation's decoder, which
    /// reads a number past 2^53 from its decimal text); a row the store didn't write throws.
    func value() throws -> JSONValue {
        try JSONValue.parse(Array(compactText.utf8))
    }

    /// The runtime's container, decoded from the text as the generated layer decodes a body.
    func objectContainer() throws -> OpenAPIObjectContainer {
        try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(compactText.utf8))
    }
}
