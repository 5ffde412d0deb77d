namespace ProcGen.Tests.Runtime;

/// <summary>A <c>name=value</c> field declared with <see cref="PrefixAttribute"/>: required, optional, with a suffix, with a null token.</summary>
[ProcFile("test/prefixed", Accessor = "TestPrefixed"), Rows]
public sealed partial record PrefixedRow
{
    [Column(0), Prefix("id="), Suffix(":")] public required int Id { get; init; }

    [Column(1), Prefix("name=")] public required string Name { get; init; }

    [Column(2), Prefix("limit="), NullIf("none")] public ulong? Limit { get; init; }

    [Column(3), Prefix("minor=")] public int? Minor { get; init; }
}

/// <summary>Fields split at exactly one ':' may be empty: an empty prefixed field is still missing its prefix.</summary>
[ProcFile("test/prefixed-colon", Accessor = "TestPrefixedColon"), Rows(Separator = ':')]
public sealed partial record ColonPrefixedRow
{
    [Column(0), Prefix("a=")] public required string A { get; init; }

    [Column(1)] public required string B { get; init; }
}

public class PrefixAttributeTests
{
    [Fact]
    public void The_prefix_is_not_part_of_the_value()
    {
        var rows = PrefixedRow.ParseTable("id=1: name=a limit=10 minor=64\nid=2: name=b= limit=none\n"u8);

        Assert.Equal(new PrefixedRow { Id = 1, Name = "a", Limit = 10, Minor = 64 }, rows[0]);
        // Only the first occurrence is the prefix; the null token is compared after it; an absent optional field is null.
        Assert.Equal(new PrefixedRow { Id = 2, Name = "b=", Limit = null, Minor = null }, rows[1]);
    }

    [Theory]
    [InlineData("id=1: nam=a limit=1\n", 7, "after 'name='")] // another name
    [InlineData("id=1: name= limit=1\n", 7, "after 'name='")] // no value
    [InlineData("1: name=a limit=1\n", 1, "after 'id='")] // prefix missing before the suffix
    [InlineData("id=1: name=a limit=1 minor=\n", 22, "after 'minor='")] // an optional field present but empty
    [InlineData("id=1: name=a limit=x\n", 20, "Limit")] // the value itself is located after the prefix
    public void A_field_without_its_prefix_or_value_is_an_error_at_the_field(string text, int column, string mentions)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var error = Assert.Throws<ProcParseException>(() => PrefixedRow.ParseTable(bytes));
        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Contains(mentions, error.Expected);
    }

    [Fact]
    public void An_empty_field_between_separators_is_missing_its_prefix()
    {
        Assert.Equal(new ColonPrefixedRow { A = "1", B = "x" }, ColonPrefixedRow.ParseTable("a=1:x\n"u8)[0]);
        var error = Assert.Throws<ProcParseException>(() => ColonPrefixedRow.ParseTable("a=1:x\n:y\n"u8.ToArray()));
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("after 'a='", error.Expected);
    }
}
