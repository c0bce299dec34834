namespace Workflow.Core.Routes;

/// <summary>The post keys a route may name, and how to say that a key is not one of them.</summary>
internal sealed class KnownPosts
{
    private readonly HashSet<string> _keys;
    private readonly string _where;

    private KnownPosts(IEnumerable<string> keys, string where) => (_keys, _where) = (keys.ToHashSet(StringComparer.Ordinal), where);

    public static KnownPosts InPositionsFile(IEnumerable<string> keys) =>
        new(keys, $"{RouteDefinitionLoader.PositionsFile}, which seeds a new database's posts, defines: {string.Join(", ", keys)}");

    public static KnownPosts InDatabase(IEnumerable<string> keys) =>
        new(keys, "the service's posts (administered at /admin/posts; positions.json only seeds a new database) are: "
            + (keys.Any() ? string.Join(", ", keys.Order(StringComparer.Ordinal)) : "none"));

    /// <summary>Null when the key is a known post, else the problem.</summary>
    public string? Unknown(string key) => _keys.Contains(key) ? null : $"unknown position '{key}': no post has this key ({_where})";
}
