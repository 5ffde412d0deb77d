using System;
using System.Collections.Generic;
using System.Linq;

namespace ProcGen.Tests.Specs;

/// <summary>
/// Seeded corruptions of a file's content (bytes replaced, removed, inserted, the tail cut, a number too large for
/// any type), and the promise every catalog parser keeps on them: it succeeds or throws
/// <see cref="ProcParseException"/> with a position inside the input — never another exception, never a hang.
/// </summary>
internal static class CorruptionFuzzer
{
    public const int MutationsPerFile = 400;

    /// <summary>Feeds <see cref="MutationsPerFile"/> corruptions of <paramref name="original"/> to <paramref name="file"/>'s parser.</summary>
    /// <param name="interesting">The bytes insertions and replacements draw from: the separators and digits of the format family.</param>
    public static void AssertOnlyLocatedErrors(ProcFileInfo file, byte[] original, string name, int seed, byte[] interesting)
    {
        var random = new Random(name.Aggregate(seed, (hash, c) => hash * 31 + c));
        for (int i = 0; i < MutationsPerFile; i++)
        {
            var input = Mutate(original, random, interesting);
            try
            {
                file.Parse(input);
            }
            catch (ProcParseException e)
            {
                Assert.InRange(e.Line, 1, input.Count(b => b == (byte)'\n') + 1);
                Assert.True(e.Column >= 1, $"column {e.Column} in {name}");
                Assert.False(string.IsNullOrEmpty(e.Expected));
            }
            catch (Exception e)
            {
                Assert.Fail($"{name}, mutation {i}: {e.GetType().Name}: {e.Message}\ninput: {Convert.ToHexString(input)}");
            }
        }
    }

    private static byte[] Mutate(byte[] original, Random random, byte[] interesting)
    {
        var bytes = new List<byte>(original);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0: bytes[at] = interesting[random.Next(interesting.Length)]; break;
                case 1 when bytes.Count > 0: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, interesting[random.Next(interesting.Length)]); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;                          // truncation
                case 4: bytes.InsertRange(at, "99999999999999999999999"u8.ToArray()); break;     // overflow
                case 5 when bytes.Count > 0: bytes[at] = (byte)random.Next(256); break;
            }
        }
        return bytes.ToArray();
    }
}
