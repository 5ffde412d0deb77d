using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ProcGen.Specs;

namespace ProcGen.Tests.Runtime;

/// <summary>
/// The three ways to get rows: <see cref="ProcTable{TRow}"/> (all at once), <see cref="ProcRowEnumerator{TRow}"/>
/// (content in memory, one by one) and <see cref="ProcRowReader{TRow}"/> (streamed from the file in pieces) must
/// agree row for row, and locate errors at the same line of the file.
/// </summary>
public class RowReadingTests
{
    // Rows of different lengths, enough to cross several 64 KiB reads at arbitrary points.
    private static string MapsText(int rows)
    {
        var text = new StringBuilder();
        for (int i = 0; i < rows; i++)
        {
            ulong start = 0x7f0000000000UL + (ulong)i * 0x1000;
            text.Append($"{start:x}-{start + 0x1000:x} r-xp {i * 16:x8} fd:0{i % 10} {1000 + i}");
            text.Append(i % 3 == 0 ? "\n" : $"                          /usr/lib/lib{new string('x', i % 97)} {i}.so\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Table_enumerator_and_streamed_reader_agree_across_read_boundaries()
    {
        string text = MapsText(5000);
        Assert.True(text.Length > 4 * 65536);
        using var root = new TempProcRoot().File("42/maps", text);

        var table = root.Fs.Process(42).Maps();
        var enumerated = new List<MemoryMapping>();
        foreach (var row in MemoryMapping.EnumerateRows(Encoding.UTF8.GetBytes(text))) enumerated.Add(row);
        var streamed = root.Fs.Process(42).EnumerateMaps().ToList();

        Assert.Equal(5000, table.Count);
        Assert.Equal(table, enumerated);
        Assert.Equal(table, streamed);
        Assert.Equal("/usr/lib/lib" + new string('x', 4999 % 97) + " 4999.so", streamed[^1].Path);
        Assert.Null(streamed[4998].Path);
    }

    [Fact]
    public void Streamed_reader_grows_for_a_line_longer_than_its_buffer()
    {
        string longPath = "/" + new string('p', 200_000);
        string text = "7f0000000000-7f0000001000 r--p 00000000 00:00 0 " + longPath + "\n7f0000001000-7f0000002000 r--p 00000000 00:00 0\n";
        using var root = new TempProcRoot().File("1/maps", text);

        var rows = root.Fs.Process(1).EnumerateMaps().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(longPath, rows[0].Path);
    }

    [Fact]
    public void Streamed_reader_names_the_file_and_the_line_of_a_bad_row_after_yielding_the_good_ones()
    {
        var lines = MapsText(3000).Split('\n');
        lines[2500] = lines[2500].Replace("r-xp", "r?xp");
        using var root = new TempProcRoot().File("7/maps", string.Join('\n', lines));

        var seen = new List<MemoryMapping>();
        var error = Assert.Throws<ProcParseException>(() =>
        {
            foreach (var row in root.Fs.Process(7).EnumerateMaps()) seen.Add(row);
        });

        Assert.Equal(2500, seen.Count);
        Assert.Equal(2501, error.Line);
        Assert.Equal(lines[2500].IndexOf("r?xp", StringComparison.Ordinal) + 1, error.Column);
        Assert.EndsWith("/7/maps", error.FilePath);

        var whole = Assert.Throws<ProcParseException>(() => root.Fs.Process(7).Maps());
        Assert.Equal((error.Line, error.Column), (whole.Line, whole.Column));
    }

    [Fact]
    public void Streamed_header_table_reads_the_header_once()
    {
        var text = new StringBuilder("Limit                     Soft Limit           Hard Limit           Units     \n");
        for (int i = 0; i < 4000; i++)
            text.Append($"{"Max thing " + i,-25} {i,-20} {"unlimited",-20} {"things",-10}\n");
        using var root = new TempProcRoot().File("3/limits", text.ToString());

        var rows = root.Fs.Process(3).EnumerateLimits().ToList();

        Assert.Equal(4000, rows.Count);
        Assert.Equal(new ProcessLimit { Name = "Max thing 3999", Soft = 3999, Hard = null, Units = "things" }, rows[^1]);
    }

    [Fact]
    public void Empty_files_are_empty_tables_for_rows_and_header_tables()
    {
        Assert.Empty(MemoryMapping.ParseTable(default));
        Assert.Empty(ProcessLimit.ParseTable(default));
        Assert.Empty(ProcessLimit.ParseTable("\n\n"u8));
        using var root = new TempProcRoot().File("5/maps", "").File("5/limits", "");
        Assert.Empty(root.Fs.Process(5).EnumerateMaps());
        Assert.Empty(root.Fs.Process(5).EnumerateLimits());
    }

    [Fact]
    public void Streamed_reader_reports_a_missing_file_and_a_vanished_process_when_enumeration_starts()
    {
        using var root = new TempProcRoot().File("5/status", "Name:\tx\n");
        Assert.Throws<ProcFileNotFoundException>(() => root.Fs.Process(5).EnumerateMaps().GetEnumerator());
        Assert.Throws<ProcessNotFoundException>(() => root.Fs.Process(6).EnumerateMaps().GetEnumerator());
    }

    [Fact]
    public void Blank_lines_are_not_rows_and_crlf_is_tolerated()
    {
        var rows = ProcessCgroup.ParseTable("\n1:cpu:/a\r\n\n0::/\n"u8);
        Assert.Equal(new[] { "/a", "/" }, rows.Select(r => r.Path));
    }
}
