import Foundation
import Glibc
import SpawnShim
import Synchronization

/// A child started with `posix_spawn`: standard input `/dev/null`, output to files, every other
/// descriptor closed, signals at their defaults and none blocked (as a shell would start it), in
/// `directory`. Foundation's `Process` is not used; see `SpawnShim` in Package.swift.
final class SpawnedProcess: Sendable {
    let pid: pid_t
    /// The raw `waitpid` status once reaped; reaped once, by whoever asks first.
    private let exit = Mutex<Int32?>(nil)

    init(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String,
        stdout: String, stderr: String
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        spawn_shim_addclosefrom(&actions, 3)
        spawn_shim_addchdir(&actions, directory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw TestFailure("can't start \(executable): \(String(cString: strerror(result)))") }
        pid = child
    }

    /// The `waitpid` status, reaping the child if it has ended; nil while it runs.
    var status: Int32? {
        exit.withLock { status in
            if status == nil {
                var raw: Int32 = 0
                if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
            }
            return status
        }
    }

    /// Blocks until the child ends (after a SIGKILL, say).
    func waitUntilExit() {
        exit.withLock { status in
            guard status == nil else { return }
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
            status = raw
        }
    }

    /// The exit code, or the signal number when the child was killed by one.
    static func decode(_ raw: Int32) -> (code: Int32, signalled: Bool) {
        let signal = raw & 0x7f
        return signal == 0 ? ((raw >> 8) & 0xff, false) : (signal, true)
    }
}
