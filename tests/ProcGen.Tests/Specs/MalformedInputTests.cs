using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    private const int MutationsPerFile = 400;

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
    {
        var entry = Catalog.Find(relativePath)!;
        var original = File.ReadAllBytes(Path.Combine(Fixtures.KernelRoot(), relativePath));
        var random = new Random(relativePath.Aggregate(17, (hash, c) => hash * 31 + c));

        for (int i = 0; i < MutationsPerFile; i++)
        {
            var input = Mutate(original, random);
            try
            {
                entry.Parse(input);
            }
            catch (ProcParseException e)
            {
                Assert.InRange(e.Line, 1, input.Count(b => b == (byte)'\n') + 1);
                Assert.True(e.Column >= 1, $"column {e.Column} in {relativePath}");
                Assert.False(string.IsNullOrEmpty(e.Expected));
            }
            catch (Exception e)
            {
                Assert.Fail($"{relativePath}, mutation {i}: {e.GetType().Name}: {e.Message}\ninput: {Convert.ToHexString(input)}");
            }
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0: bytes[at] = s_interesting[random.Next(s_interesting.Length)]; break;
                case 1 when bytes.Count > 0: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, s_interesting[random.Next(s_interesting.Length)]); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break; // truncation
                case 4: bytes.InsertRange(at, "99999999999999999999999"u8.ToArray()); break; // overflow
                case 5 when bytes.Count > 0: bytes[at] = (byte)random.Next(256); break;
            }
        }
        return bytes.ToArray();
    }
}
