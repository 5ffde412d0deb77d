namespace ProcGen.Specs;

/// <summary>The scope of a route in <c>/proc/net/fib_trie</c> (<c>rtn_scope</c> in <c>net/ipv4/fib_trie.c</c>).</summary>
public enum FibRouteScope
{
    /// <summary><c>scope=N</c>: a numeric scope without a name (user-defined scopes between the named ones).</summary>
    [ProcFallback] Other,

    /// <summary><c>universe</c>: a global route (<c>RT_SCOPE_UNIVERSE</c>).</summary>
    [ProcToken("universe")] Universe,

    /// <summary><c>site</c>: interior to the site (<c>RT_SCOPE_SITE</c>).</summary>
    [ProcToken("site")] Site,

    /// <summary><c>link</c>: on the directly attached link (<c>RT_SCOPE_LINK</c>).</summary>
    [ProcToken("link")] Link,

    /// <summary><c>host</c>: a local address of this host (<c>RT_SCOPE_HOST</c>).</summary>
    [ProcToken("host")] Host,

    /// <summary><c>nowhere</c>: no destination (<c>RT_SCOPE_NOWHERE</c>).</summary>
    [ProcToken("nowhere")] Nowhere,
}
