using System;
using System.Text;
using ProcGen;

namespace ProcGen.Tests.Runtime;

public class ProcTextTests
{
    private static string S(ReadOnlySpan<byte> span) => Encoding.UTF8.GetString(span);

    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\nb", new[] { "a", "b" })] // no final newline
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })] // CRLF
    [InlineData("\n\n", new[] { "", "" })]
    [InlineData("", new string[0])]
    public void NextLine_splits_lines_with_any_ending(string content, string[] expected)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var lines = new System.Collections.Generic.List<string>();
        int position = 0;
        while (ProcText.NextLine(bytes, ref position, out var line)) lines.Add(S(line));
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void NextField_skips_runs_of_spaces_and_tabs()
    {
        var line = "  12 \t 34\t56  "u8;
        int position = 0;
        Assert.Equal("12", S(ProcText.NextField(line, ref position)));
        Assert.Equal("34", S(ProcText.NextField(line, ref position)));
        Assert.Equal("56", S(ProcText.NextField(line, ref position)));
        Assert.True(ProcText.NextField(line, ref position).IsEmpty);
        Assert.True(ProcText.NextField(line, ref position).IsEmpty);
    }

    [Theory]
    [InlineData("1 (bash) S 0", "bash", " S 0")]
    [InlineData("1 (a) (b) S 0", "a) (b", " S 0")]
    [InlineData("1 ((sd-pam)) S 0", "(sd-pam)", " S 0")]
    [InlineData("1 (a b  c) S 0", "a b  c", " S 0")]
    [InlineData("1 () S 0", "", " S 0")]
    [InlineData("1 (x)", "x", "")]
    public void NextEnclosed_runs_to_the_last_closing_bracket(string text, string inside, string rest)
    {
        var line = Encoding.UTF8.GetBytes(text);
        int position = 0;
        ProcText.NextField(line, ref position);
        Assert.True(ProcText.NextEnclosed(line, ref position, (byte)'(', (byte)')', out var field));
        Assert.Equal(inside, S(field));
        Assert.Equal(rest, S(line.AsSpan(position)));
    }

    [Theory]
    [InlineData("1 bash S")] // no opening bracket
    [InlineData("1 (bash S")] // no closing bracket
    [InlineData("1 ")] // nothing
    public void NextEnclosed_fails_without_brackets(string text)
    {
        var line = Encoding.UTF8.GetBytes(text);
        int position = 0;
        ProcText.NextField(line, ref position);
        Assert.False(ProcText.NextEnclosed(line, ref position, (byte)'(', (byte)')', out _));
    }

    [Theory]
    [InlineData("MemTotal:       16384 kB", ':', "MemTotal", "16384 kB")]
    [InlineData("nr_free_pages 1234", ' ', "nr_free_pages", "1234")]
    [InlineData("nr_free_pages\t1234", ' ', "nr_free_pages", "1234")]
    [InlineData("Groups:\t ", ':', "Groups", "")]
    [InlineData("Name:\ta: b", ':', "Name", "a: b")] // only the first separator splits
    public void SplitKeyValue_splits_at_the_first_separator(string text, char separator, string key, string value)
    {
        Assert.True(ProcText.SplitKeyValue(Encoding.UTF8.GetBytes(text), (byte)separator, out var k, out var v));
        Assert.Equal(key, S(k));
        Assert.Equal(value, S(v));
    }

    [Theory]
    [InlineData("no separator here")]
    [InlineData(": value without key")]
    public void SplitKeyValue_rejects_lines_without_a_key(string text)
        => Assert.False(ProcText.SplitKeyValue(Encoding.UTF8.GetBytes(text), (byte)':', out _, out _));

    [Fact]
    public void Trims_keep_what_they_should()
    {
        Assert.Equal("a b", S(ProcText.Trim(" \ta b\t "u8)));
        Assert.Equal(" bash ", S(ProcText.TrimFinalNewline(" bash \n"u8)));
        Assert.Equal("x", S(ProcText.TrimFinalNewline("x\r\n"u8)));
        Assert.Equal("42", S(ProcText.TrimWhitespace("\n 42 \n"u8)));
    }
}
