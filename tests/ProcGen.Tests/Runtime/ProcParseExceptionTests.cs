using System;
using ProcGen;

namespace ProcGen.Tests.Runtime;

public class ProcParseExceptionTests
{
    [Fact]
    public void At_recovers_line_and_column_from_the_slice_address()
    {
        var content = "first: 1\nsecond: x2\nthird: 3\n"u8;
        var slice = content.Slice(content.IndexOf("x2"u8), 2);
        var e = ProcParseException.At(content, slice, "a number");
        Assert.Equal(2, e.Line);
        Assert.Equal(9, e.Column);
        Assert.Equal("a number", e.Expected);
        Assert.Equal("second: x2", e.LineText);
        Assert.Null(e.FilePath);
        Assert.Contains("<input>:2:9: expected a number", e.Message);
    }

    [Fact]
    public void AfterEnd_points_past_the_slice()
    {
        var content = "a b\n"u8;
        var e = ProcParseException.AfterEnd(content, content[..3], "field 2");
        Assert.Equal((1, 4), (e.Line, e.Column));
    }

    [Fact]
    public void An_empty_slice_from_elsewhere_points_at_the_end()
    {
        var content = "x\ny"u8;
        var e = ProcParseException.At(content, default, "more");
        Assert.Equal((2, 2), (e.Line, e.Column));
    }

    [Fact]
    public void Long_lines_are_truncated_and_control_bytes_escaped()
    {
        var content = System.Text.Encoding.UTF8.GetBytes(new string('a', 300) + "\0b");
        var e = ProcParseException.AtOffset(content, 0, "x");
        Assert.Equal(121, e.LineText.Length); // 120 characters and an ellipsis
        Assert.EndsWith("…", e.LineText);
        var nul = ProcParseException.AtOffset("a\0b"u8, 1, "x");
        Assert.Equal("a\\x00b", nul.LineText);
    }

    [Fact]
    public void WithFilePath_keeps_everything_and_names_the_file()
    {
        var e = ProcParseException.AtOffset("k: v\r\n"u8, 3, "a number").WithFilePath("/proc/meminfo");
        Assert.Equal("/proc/meminfo", e.FilePath);
        Assert.Equal((1, 4, "k: v"), (e.Line, e.Column, e.LineText));
        Assert.StartsWith("/proc/meminfo:1:4:", e.Message);
    }
}
