using System;

namespace ProcGen.Tests.Specs;

/// <summary>Assertions on malformed input: the exception type, where it points, and what it says was expected.</summary>
internal static class ParseAssert
{
    public delegate void Parse(ReadOnlySpan<byte> utf8);

    /// <summary>
    /// Parsing <paramref name="text"/> must throw a <see cref="ProcParseException"/> at 1-based
    /// <paramref name="line"/> and <paramref name="column"/>, whose <c>Expected</c> names <paramref name="mentions"/>.
    /// </summary>
    public static ProcParseException Fails(Parse parse, string text, int line, int column, string mentions)
    {
        var bytes = Fixtures.Bytes(text);
        var error = Assert.Throws<ProcParseException>(() => parse(bytes));
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(mentions, error.Expected);
        return error;
    }

    /// <summary>The 1-based column of the first occurrence of <paramref name="field"/> on <paramref name="line"/>.</summary>
    public static int ColumnOf(string line, string field)
    {
        int index = line.IndexOf(field, StringComparison.Ordinal);
        if (index < 0) throw new ArgumentException($"'{field}' is not on the line", nameof(field));
        return index + 1;
    }
}
