namespace ProcGen.Specs;

/// <summary>
/// Text the kernel prints between double quotes (<c>"Power Button"</c>), which may itself hold blanks and quotes: it
/// runs to the last quote of the line.
/// </summary>
[ProcPart, Columnar]
public sealed partial record QuotedText
{
    /// <summary>The text without the quotes.</summary>
    [Column(0), Enclosed('"', '"')] public required string Text { get; init; }

    public override string ToString() => Text;
}
