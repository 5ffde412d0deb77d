namespace ProcGen.Specs;

/// <summary>
/// The names of NFS procedures and NFSv4 operations by number, for <see cref="RpcProcedureCounts.ByName"/>: the
/// procedure tables of the NFS versions (RFC 1094 for v2, RFC 1813 for v3; <c>nfsd_procedures2</c>,
/// <c>nfsd_procedures3</c> in <c>fs/nfsd</c>, <c>nfs_procedures</c>, <c>nfs3_procedures</c> in <c>fs/nfs</c>) and
/// the NFSv4 operation numbers (RFC 7530, 8881, 7862, 8276) that index <c>proc4ops</c>.
/// </summary>
/// <remarks>
/// A client's <c>proc4</c> counts the kernel's own NFSv4 client procedures (<c>nfs4_procedures</c>), whose order
/// changes between kernels: it has no table here. A server's <c>proc4</c> has two procedures, NULL and COMPOUND.
/// </remarks>
public static class RpcProcedureNames
{
    /// <summary>NFSv2 procedures 0–17.</summary>
    public static readonly string[] Nfs2 =
    [
        "null", "getattr", "setattr", "root", "lookup", "readlink", "read", "writecache", "write", "create",
        "remove", "rename", "link", "symlink", "mkdir", "rmdir", "readdir", "statfs",
    ];

    /// <summary>NFSv3 procedures 0–21.</summary>
    public static readonly string[] Nfs3 =
    [
        "null", "getattr", "setattr", "lookup", "access", "readlink", "read", "write", "create", "mkdir",
        "symlink", "mknod", "remove", "rmdir", "rename", "link", "readdir", "readdirplus", "fsstat", "fsinfo",
        "pathconf", "commit",
    ];

    /// <summary>The procedures of an NFSv4 server (<c>proc4</c> of <c>nfsd</c>).</summary>
    public static readonly string[] Nfs4Server = ["null", "compound"];

    /// <summary>NFSv4 operations by operation number (0–2 are unused: the kernel prints them to keep indices).</summary>
    public static readonly string[] Nfs4Operations =
    [
        "", "", "", "access", "close", "commit", "create", "delegpurge", "delegreturn", "getattr",
        "getfh", "link", "lock", "lockt", "locku", "lookup", "lookupp", "nverify", "open", "openattr",
        "open_confirm", "open_downgrade", "putfh", "putpubfh", "putrootfh", "read", "readdir", "readlink", "remove", "rename",
        "renew", "restorefh", "savefh", "secinfo", "setattr", "setclientid", "setclientid_confirm", "verify", "write", "release_lockowner",
        "backchannel_ctl", "bind_conn_to_session", "exchange_id", "create_session", "destroy_session", "free_stateid", "get_dir_delegation", "getdeviceinfo", "getdevicelist", "layoutcommit",
        "layoutget", "layoutreturn", "secinfo_no_name", "sequence", "set_ssv", "test_stateid", "want_delegation", "destroy_clientid", "reclaim_complete", "allocate",
        "copy", "copy_notify", "deallocate", "io_advise", "layouterror", "layoutstats", "offload_cancel", "offload_status", "read_plus", "seek",
        "write_same", "clone", "getxattr", "setxattr", "listxattrs", "removexattr",
    ];
}
