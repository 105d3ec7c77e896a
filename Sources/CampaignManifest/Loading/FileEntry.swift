import Foundation

/// What a path names, read without opening it: its kind and, for a regular file, its size.
struct FileEntry: Equatable {
    enum Kind: Equatable, CustomStringConvertible {
        case regular, directory, device, socket, link, special, unexaminable

        /// In words, after "is a".
        var description: String {
            switch self {
            case .regular: "regular file"
            case .directory: "directory"
            case .device: "device"
            case .socket: "socket"
            case .link: "link"
            case .special: "FIFO or other special file"
            case .unexaminable: "file that can't be examined"
            }
        }
    }

    var kind: Kind
    var size: Int

    /// The entry at `path` itself (a real path has no links left to follow).
    init(_ path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        kind =
            switch attributes?[.type] as? FileAttributeType {
            case .typeRegular?: .regular
            case .typeDirectory?: .directory
            case .typeCharacterSpecial?, .typeBlockSpecial?: .device
            case .typeSocket?: .socket
            case .typeSymbolicLink?: .link
            case nil: .unexaminable
            default: .special
            }
    }
}
