namespace ProcGen.Specs;

/// <summary>Whether <c>setgroups(2)</c> is allowed in a user namespace (<c>{pid}/setgroups</c>).</summary>
public enum SetgroupsPolicy
{
    /// <summary><c>allow</c>: setgroups may be called once a gid map is written (the initial namespace always allows).</summary>
    [ProcToken("allow")] Allow,

    /// <summary><c>deny</c>: setgroups is refused for good in this namespace (written before the gid map, user_namespaces(7)).</summary>
    [ProcToken("deny")] Deny,
}
