namespace ProcGen.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    public const string Declarations = nameof(Declarations);
    public const string Specs = nameof(Specs);
    public const string Parts = nameof(Parts);
    public const string Diagnostics = nameof(Diagnostics);
    public const string CrossChecks = nameof(CrossChecks);
    public const string Blocked = nameof(Blocked);
    public const string Catalog = nameof(Catalog);
}
