using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ProcGen.Specs;

namespace ProcGen.Tests.Runtime;

/// <summary>
/// How <see cref="ProcBlocks"/> cuts blocks, in memory and from a stream that may stop anywhere, and that the
/// three ways to read rows agree on block declarations as they do on lines.
/// </summary>
public class BlockReadingTests
{
    private static List<string> Blocks(string text, BlockStart kind)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var blocks = new List<string>();
        int position = 0;
        while (ProcBlocks.NextBlock(bytes.AsSpan(position), final: true, kind, out int start, out int end, out int next))
        {
            blocks.Add(Encoding.UTF8.GetString(bytes, position + start, end - start));
            position += next;
        }
        return blocks;
    }

    [Fact]
    public void Blank_lines_separate_blocks_and_runs_of_them_count_once()
        => Assert.Equal(["a: 1\nb: 2", "c: 3"], Blocks("\n\na: 1\nb: 2\n\n \t\n\nc: 3\n\n", BlockStart.AfterBlankLine));

    [Fact]
    public void Unindented_lines_start_blocks_and_keep_blank_and_indented_lines()
        => Assert.Equal(["md0 : active\n  12 blocks\n\n  bitmap", "unused devices: <none>\n"],
            Blocks("md0 : active\n  12 blocks\n\n  bitmap\nunused devices: <none>\n", BlockStart.UnindentedLine));

    [Fact]
    public void Unkeyed_lines_start_blocks()
        => Assert.Equal(["00-10 r-xp 0 08:01 1 /a\nSize: 4 kB\nVmFlags: rd", "10-20 rw-p 0 00:00 0\nRss: 0 kB"],
            Blocks("00-10 r-xp 0 08:01 1 /a\nSize: 4 kB\nVmFlags: rd\n10-20 rw-p 0 00:00 0\nRss: 0 kB", BlockStart.UnkeyedLine));

    [Fact]
    public void Lines_with_the_first_key_start_blocks()
        => Assert.Equal(["ID: 1\nsignal: 14/0\nIDx: 3", "ID: 0\n\nsignal: 2", "ID:\n"],
            Blocks("ID: 1\nsignal: 14/0\nIDx: 3\nID: 0\n\nsignal: 2\nID:\n", BlockStart.RepeatedFirstKey));

    [Theory]
    [InlineData("ID: 1\nsignal: 2\n", BlockStart.RepeatedFirstKey)]  // the next line may be another key of it
    [InlineData("a: 1\nb: 2", BlockStart.AfterBlankLine)]     // the block may go on
    [InlineData("a: 1\nb: 2\n", BlockStart.AfterBlankLine)]   // the next line may not be blank
    [InlineData("x\n  y\n", BlockStart.UnindentedLine)]       // the next line may be indented
    [InlineData("\n\n", BlockStart.AfterBlankLine)]           // only blanks so far
    public void A_stream_that_stops_mid_block_asks_for_more(string pending, BlockStart kind)
        => Assert.False(ProcBlocks.NextBlock(Encoding.UTF8.GetBytes(pending), final: false, kind, out _, out _, out _));

    [Fact]
    public void A_stream_sees_a_block_once_the_next_one_starts()
    {
        Assert.True(ProcBlocks.NextBlock("x\n  y\nz\n"u8, final: false, BlockStart.UnindentedLine, out int start, out int end, out int next));
        Assert.Equal((0, 5, 6), (start, end, next));
    }

    private static string SmapsText(int mappings, string? badLine = null)
    {
        var text = new StringBuilder();
        for (int i = 0; i < mappings; i++)
        {
            ulong start = 0x7f0000000000UL + (ulong)i * 0x1000;
            text.Append($"{start:x}-{start + 0x1000:x} r-xp {i * 16:x8} fd:01 {1000 + i}");
            text.Append(i % 3 == 0 ? "\n" : $"                /usr/lib/lib{new string('x', i % 50)}.so\n");
            text.Append($"Size:                  4 kB\nRss:                   {i % 5 * 4} kB\nPss:                   0 kB\n");
            text.Append("Shared_Clean:          0 kB\nShared_Dirty:          0 kB\nPrivate_Clean:         0 kB\nPrivate_Dirty:         0 kB\n");
            if (i == mappings - 1 && badLine is not null) text.Append(badLine + "\n");
            text.Append("THPeligible:    0\nVmFlags: rd ex mr mw me \n");
        }
        return text.ToString();
    }

    [Fact]
    public void Table_enumerator_and_streamed_reader_agree_on_blocks_across_read_boundaries()
    {
        string text = SmapsText(1500);
        Assert.True(text.Length > 4 * 65536);
        using var root = new TempProcRoot().File("42/smaps", text);

        var table = root.Fs.Process(42).Smaps();
        var enumerated = new List<MemoryMappingUsage>();
        foreach (var row in MemoryMappingUsage.EnumerateRows(Encoding.UTF8.GetBytes(text))) enumerated.Add(row);
        var streamed = root.Fs.Process(42).EnumerateSmaps().ToList();

        Assert.Equal(1500, table.Count);
        Assert.Equal(table.Select(Describe), enumerated.Select(Describe));
        Assert.Equal(table.Select(Describe), streamed.Select(Describe));
        Assert.Equal(1499 % 5 * 4 * 1024UL, streamed[^1].Rss);
        Assert.Equal(["rd", "ex", "mr", "mw", "me"], streamed[^1].VmFlags!);
    }

    [Fact]
    public void A_bad_line_in_the_last_block_is_reported_at_its_line_in_the_file_by_every_reader()
    {
        string text = SmapsText(1500, badLine: "Swap:           x kB");
        int expectedLine = text[..text.IndexOf("Swap:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var root = new TempProcRoot().File("7/smaps", text);

        var inMemory = Assert.Throws<ProcParseException>(() => root.Fs.Process(7).Smaps());
        var streamed = Assert.Throws<ProcParseException>(() => root.Fs.Process(7).EnumerateSmaps().Count());

        Assert.Equal((expectedLine, 17), (inMemory.Line, inMemory.Column));
        Assert.Equal((expectedLine, 17), (streamed.Line, streamed.Column));
        Assert.EndsWith("7/smaps", streamed.FilePath);
    }

    // Records with list properties compare by reference: compare what they print instead.
    private static string Describe(MemoryMappingUsage usage)
        => usage.Mapping + " " + usage.Rss + " " + string.Join(",", usage.VmFlags ?? WordSet.Empty);
}
