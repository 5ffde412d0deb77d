using System;
using System.IO;

namespace ProcGen.Benchmarks.Infrastructure;

/// <summary>
/// Benchmark inputs: files captured from a real kernel (the test fixtures), so numbers do not move with the
/// machine's state. BenchmarkDotNet runs each job from a copy under bin/, hence the walk up to the repository.
/// </summary>
internal static class Inputs
{
    public const string Kernel = "linux-6.18.44";

    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ProcGen.Tests", "Fixtures", Kernel);
            if (File.Exists(Path.Combine(dir.FullName, "ProcGen.sln")) && Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("Run the benchmarks from inside the ProcGen repository: the fixture root was not found.");
    });

    /// <summary>The captured proc root.</summary>
    public static string Root => s_root.Value;

    /// <summary>The pid of the ordinary (non-kernel-thread) process captured in the fixture, found through <c>self</c>.</summary>
    public static string SelfPid => Path.GetFileName(new DirectoryInfo(Path.Combine(Root, "self")).ResolveLinkTarget(true)?.FullName ?? "self");

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));
}
