using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace ProcGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated code with a committed file, <c>Snapshots/&lt;name&gt;.verified.cs</c> next to the calling
/// test file. On a mismatch the actual text goes to <c>&lt;name&gt;.received.cs</c> (diff or copy it over) and the
/// test fails with the first differing lines. <c>PROCGEN_ACCEPT_SNAPSHOTS=1</c> overwrites the expected files.
/// </summary>
internal static class Snapshot
{
    private const string AcceptVariable = "PROCGEN_ACCEPT_SNAPSHOTS";
    private const int MaxReportedLines = 12;

    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Scrub(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"No snapshot {verifiedPath}. The output is in {receivedPath}: review it, then rename it or rerun with {AcceptVariable}=1.");
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"Generated code differs from {verifiedPath} (actual written to {receivedPath}; rerun with {AcceptVariable}=1 to accept):\n{Diff(expected, actual)}");
    }

    /// <summary>The snapshot form of generated text: LF line endings and the generator version as <c>&lt;version&gt;</c>.</summary>
    public static string Scrub(string text)
        // The version only appears quoted, in [GeneratedCode]; replacing the quoted form leaves other digits alone.
        => Normalize(text).Replace("\"" + ProcFileGenerator.Version + "\"", "\"<version>\"", StringComparison.Ordinal);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');

    /// <summary>The first differing lines, numbered, expected then actual.</summary>
    internal static string Diff(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var report = new StringBuilder();
        report.Append($"expected {expectedLines.Length} lines, actual {actualLines.Length} lines\n");
        int reported = 0;
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length) && reported < MaxReportedLines; i++)
        {
            string? e = i < expectedLines.Length ? expectedLines[i] : null;
            string? a = i < actualLines.Length ? actualLines[i] : null;
            if (e == a) continue;
            report.Append($"line {i + 1}:\n  expected: {e ?? "<end of file>"}\n  actual:   {a ?? "<end of file>"}\n");
            reported++;
        }
        return report.ToString();
    }
}
