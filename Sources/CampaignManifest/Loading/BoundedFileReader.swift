import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file the boundary let through, without trusting that it is still what was checked:
/// the check and the open are separate calls, and a file swapped in between for a link, a FIFO
/// or `/dev/zero` must neither lead outside the tree, nor hang the run, nor fill the memory.
enum BoundedFileReader {
    /// The bytes of the regular file at `realPath` (a path with no links left in it), or nil.
    static func contents(ofRealPath realPath: String) -> Data? {
        let entry = FileEntry(realPath)
        guard entry.kind == .regular else { return nil }
        // O_NOFOLLOW: the last component has not become a link; O_NONBLOCK: a FIFO swapped in
        // doesn't wait for a writer.
        let descriptor = open(realPath, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        // At most the size seen before opening (and a byte to tell it grew): a device swapped in
        // can't be read without end.
        guard let data = try? handle.read(upToCount: entry.size + 1) ?? Data(), data.count <= entry.size else {
            return nil
        }
        return data
    }
}
