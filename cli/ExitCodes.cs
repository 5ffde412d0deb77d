namespace ProcGen.Cli;

/// <summary>The process exit codes of <c>procgen</c>; scripts rely on them (DESIGN.md, CLI contract).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A file did not match its declaration (or, for <c>check</c>, at least one did not).</summary>
    public const int ParseError = 1;

    /// <summary>Bad arguments, or a path the catalog has no declaration for.</summary>
    public const int UsageError = 2;

    /// <summary>The file (or the root) is absent, its process has exited, or the kernel refused the read.</summary>
    public const int NotFound = 3;
}
