using System.Linq;
using ProcGen.Generator.Tests.Infrastructure;

namespace ProcGen.Generator.Tests;

/// <summary>
/// <c>[Prefix("Number=")]</c>: the generated parser strips the prefix from a field (required or optional), and the
/// attribute is refused where a field is not one word.
/// </summary>
public class PrefixTests
{
    private const string Usings = "using ProcGen;\n\nnamespace Tests;\n\n";

    [Fact]
    public void A_prefixed_declaration_generates_clean_code_that_strips_the_prefix()
    {
        var run = GeneratorHarness.Run(Usings + """
            [ProcFile("bus/input/handlers", Accessor = "Handlers"), Rows]
            public sealed partial record Handler
            {
                [Column(1), Prefix("Number=")] public required uint Number { get; init; }
                [Column(2), Prefix("Name=")] public required string Name { get; init; }
                [Column(3), Prefix("Minor=")] public int? Minor { get; init; }
            }
            """).AssertClean();

        var source = run.Source("Tests.Handler.g.cs");
        Assert.Contains("WithoutPrefix(utf8, cursor.Next(\"an unsigned integer (uint) for Number (field 1)\"), \"Number=\"u8", source);
        Assert.Contains("WithoutOptionalPrefix(utf8, cursor.NextOptional(), \"Minor=\"u8", source);
        // The one-pass integer path cannot strip a prefix: a prefixed number goes through the field first.
        Assert.DoesNotContain("NextDecimal", source);
    }

    [Fact]
    public void A_prefix_on_the_rest_of_the_line_is_required_and_stripped()
    {
        var clean = GeneratorHarness.Run(Usings + """
            [ProcFile("iomem", Accessor = "Resources"), Rows]
            public sealed partial record Resource
            {
                [Column(0)] public required AddressRange Range { get; init; }
                [Rest, Prefix(":")] public required string Name { get; init; }
            }
            """).AssertClean();
        Assert.Contains("WithoutPrefix(utf8, cursor.RequiredRest(\"text for Name (rest of the line)\"), \":\"u8", clean.Source("Tests.Resource.g.cs"));
    }

    [Theory]
    [InlineData("[Column(1), {|PG0009:Prefix(\"N=\")|}] public required uint[] Numbers { get; init; }", "[Prefix] on Numbers is not valid here: a prefix belongs to one field or the rest of the line: not to an array, an optional token or an enclosed field")]
    [InlineData("[Column(1), {|PG0009:Prefix(\"\")|}] public required uint Number { get; init; }", "[Prefix] on Number is not valid here: the text must be non-empty and without blanks")]
    [InlineData("[Column(1), Enclosed('(', ')'), {|PG0009:Prefix(\"x\")|}] public required string Comm { get; init; }", "[Prefix] on Comm is not valid here: a prefix belongs to one field or the rest of the line: not to an array, an optional token or an enclosed field")]
    public void Misplaced_prefixes_are_errors(string member, string message)
    {
        var (source, spans) = Markup.Parse(Usings + "[ProcFile(\"x\", Accessor = \"X\"), Rows]\npublic sealed partial record X\n{\n    " + member + "\n}\n");
        var expected = Assert.Single(spans);
        var run = GeneratorHarness.Run(source);

        var actual = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PG0009", actual.Id);
        Assert.Equal(message, actual.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Span, actual.Location.SourceSpan);
        Assert.DoesNotContain(run.GeneratedSources.Keys, hint => hint.StartsWith("Tests.", System.StringComparison.Ordinal));
    }
}
