using System.IO;
using ProcGen;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// Every catalog parser, fed thousands of corrupted versions of real kernel output, may only succeed or throw
/// <see cref="ProcParseException"/> with a position inside the input: never an index, format or null-reference
/// error, never a hang. The corruptions are seeded, so a failure reproduces.
/// </summary>
public class MalformedInputTests
{
    // Bytes that matter to /proc formats: separators, brackets, signs, digits, units, line ends, NUL.
    private static readonly byte[] s_interesting = " \t\n\r\0:()/-+0123456789kBxf=,"u8.ToArray();

    public static TheoryData<string> CapturedFiles()
    {
        var data = new TheoryData<string>();
        var root = Fixtures.KernelRoot();
        foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (Catalog.Find(relative) is { EntryKind: ProcEntryKind.File }) data.Add(relative);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CapturedFiles))]
    public void Corrupted_files_fail_only_with_a_located_parse_error(string relativePath)
        => CorruptionFuzzer.AssertOnlyLocatedErrors(Catalog.Find(relativePath)!,
            File.ReadAllBytes(Path.Combine(Fixtures.KernelRoot(), relativePath)), relativePath, seed: 17, s_interesting);
}
