using System;
using System.IO;

namespace ProcGen.Cli.Tests;

/// <summary>
/// A throwaway proc root in a temp directory, filled by each test with the files it needs: the CLI never sees
/// the live machine's /proc unless a test asks for it.
/// </summary>
internal sealed class FixtureRoot : IDisposable
{
    public FixtureRoot()
    {
        Path = Directory.CreateTempSubdirectory("procgen-cli-").FullName;
    }

    public string Path { get; }

    public FixtureRoot Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    /// <summary>A binary file (<c>{pid}/auxv</c>), written byte for byte.</summary>
    public FixtureRoot WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>A symbolic link such as <c>self → 42</c>, as /proc has.</summary>
    public FixtureRoot Link(string relativePath, string target)
    {
        File.CreateSymbolicLink(System.IO.Path.Combine(Path, relativePath), target);
        return this;
    }

    /// <summary>A minimal proc root: meminfo and one process, 42, with stat, status and comm.</summary>
    public static FixtureRoot WithProcess42()
        => new FixtureRoot()
            .Write("meminfo", Fixtures.Meminfo)
            .Write("42/stat", Fixtures.Stat42)
            .Write("42/status", Fixtures.Status42)
            .Write("42/comm", "my prog\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is not worth failing a test over.
        }
    }
}
