namespace ProcGen.Specs;

/// <summary>
/// The <c>:</c> that <c>iomem</c> and <c>ioports</c> print between a range and its name. Declared as a column of
/// its own, with this one-token enum, so that a line without it is an error and the name is the rest after it.
/// </summary>
internal enum IoResourceSeparator
{
    /// <summary>The <c>:</c> itself.</summary>
    [ProcToken(":")] Colon,
}
