using YamlDotNet.RepresentationModel;

namespace Workflow.Web.Tests.Deployment;

/// <summary>docker-compose.yml as YAML nodes (copied beside the tests), with the few look-ups the tests need.</summary>
public sealed class ComposeFile
{
    private readonly YamlMappingNode _root;

    private ComposeFile(YamlMappingNode root) => _root = root;

    public static ComposeFile Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Deployment", "docker-compose.yml")))
            yaml.Load(reader);
        return new ComposeFile((YamlMappingNode)yaml.Documents.Single().RootNode);
    }

    public YamlMappingNode Services => Map(_root, "services");

    public YamlMappingNode Service(string name) => Map(Services, name);

    public YamlMappingNode Top(string name) => Map(_root, name);

    public IReadOnlyDictionary<string, string> Environment(string service) =>
        Map(Service(service), "environment").Children.ToDictionary(e => Scalar(e.Key), e => Scalar(e.Value));

    /// <summary>"source:target[:mode]" of a service's volumes, as (source, target).</summary>
    public IReadOnlyList<(string Source, string Target)> Mounts(string service) =>
        [.. ((YamlSequenceNode)Service(service)["volumes"]).Select(Scalar).Select(v => v.Split(':')).Select(p => (p[0], p[1]))];

    public static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (YamlMappingNode)child
            : throw new KeyNotFoundException($"No '{key}' in the compose file.");

    public static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    public static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode q => string.Join(' ', q.Select(Text)),
        YamlMappingNode m => string.Join(' ', m.Children.Select(c => $"{Text(c.Key)} {Text(c.Value)}")),
        _ => "",
    };
}
