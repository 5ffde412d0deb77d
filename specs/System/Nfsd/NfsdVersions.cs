namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/versions</c>: the NFS versions the kernel server offers, <c>-2 +3 +4 +4.1 +4.2</c>
/// (<c>__write_versions</c> and <c>nfsd_print_version_support</c> in <c>fs/nfsd/nfsctl.c</c>). Present only where
/// the nfsd file system is mounted on <c>/proc/fs/nfsd</c>.
/// </summary>
[ProcFile("fs/nfsd/versions", Accessor = "NfsdVersions"), SingleValue]
public sealed partial record NfsdVersions
{
    /// <summary>Each version in the order printed: major alone, or major.minor for NFSv4 minor versions.</summary>
    public required NfsVersionList Versions { get; init; }
}
