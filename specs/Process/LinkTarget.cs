namespace ProcGen.Specs;

/// <summary>
/// What the kernel appends to a link target whose file was unlinked: <c>d_path</c> in <c>fs/d_path.c</c> writes
/// <c>" (deleted)"</c> after the last path.
/// </summary>
internal static class LinkTarget
{
    public const string DeletedSuffix = " (deleted)";

    public static bool IsDeleted(string target) => target.EndsWith(DeletedSuffix, System.StringComparison.Ordinal);

    public static string WithoutDeletedSuffix(string target)
        => IsDeleted(target) ? target[..^DeletedSuffix.Length] : target;
}
