using System;
using System.IO;
using System.Text;

namespace ProcGen.Tests;

/// <summary>
/// The captured proc trees under <c>tests/ProcGen.Tests/Fixtures</c>, read in place from the source tree: they
/// hold symlinks (exe, cwd, fd/N — some dangling, such as <c>socket:[…]</c>) that a build copy would resolve or
/// choke on.
/// </summary>
internal static class Fixtures
{
    private const string RelativeToRepository = "tests/ProcGen.Tests/Fixtures";

    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The <c>Fixtures</c> directory.</summary>
    public static string Root => s_root.Value;

    /// <summary>The kernel the per-spec tests assert against.</summary>
    public const string Linux618 = "linux-6.18.44";

    /// <summary>The pid of the ordinary process captured in <see cref="Linux618"/> (<c>sleep 1000</c>; also <c>self</c>).</summary>
    public const int SleepPid = 7325;

    /// <summary>The host facts of the capture machine (x86-64: USER_HZ 100, 4 KiB pages), not of the test machine.</summary>
    public static HostInfo Linux618Host { get; } = new(ClockTicksPerSecond: 100, PageSize: 4096);

    /// <summary>A proc root over one captured kernel.</summary>
    public static ProcFs Fs(string kernel = Linux618) => new(KernelRoot(kernel), Linux618Host);

    public static string KernelRoot(string kernel = Linux618) => Path.Combine(Root, kernel);

    /// <summary>Content written inline in a test, as the bytes a parser receives.</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string FindRoot()
    {
        var overridden = Environment.GetEnvironmentVariable("PROCGEN_FIXTURES");
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(overridden)) return overridden;

        // The output directory may sit behind a symlink (a linked worktree, a bind-mounted build dir), so walk up
        // the path as given and, failing that, the path with every link resolved.
        foreach (var start in new[] { AppContext.BaseDirectory, ResolveLinks(AppContext.BaseDirectory) })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeToRepository);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No {RelativeToRepository} above {AppContext.BaseDirectory}; set PROCGEN_FIXTURES to the Fixtures directory.");
    }

    private static string ResolveLinks(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        foreach (var part in full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new DirectoryInfo(Path.Combine(resolved, part));
            resolved = next.LinkTarget is null ? next.FullName : next.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next.FullName;
        }
        return resolved;
    }
}
