using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Workflow.Core.Classification;

namespace Workflow.Web.Classification;

/// <summary>
/// The urgency and secrecy classes on the wire: answers spell them in kebab case ("very-urgent"), requests take the
/// same names as strings checked by <see cref="ClassNameAttribute"/> (so "most-secret" gets its own reason), and the
/// OpenAPI document lists the names on both sides (docs/adr/0022-urgency-and-secrecy-classes.md).
/// </summary>
public static class ClassificationSetup
{
    private static readonly JsonConverter[] Converters = [new ClassJsonConverter<Urgency>(), new ClassJsonConverter<Secrecy>()];

    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        // The enums carry their converter, but the general enum converter of the options would come first ("VeryUrgent").
        services.Configure<JsonOptions>(o =>
        {
            foreach (var converter in Converters.Reverse())
                o.SerializerOptions.Converters.Insert(0, converter);
        });
        services.Configure<OpenApiOptions>("v1", o => o.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ClassNameAttribute), inherit: true) is [ClassNameAttribute named, ..])
            {
                schema.Enum = named.Names.Select(n => (JsonNode)JsonValue.Create(n)).ToList();
                schema.Description ??= $"Omitted is none. {Describe(named.ClassType)}";
            }

            return Task.CompletedTask;
        }));
        return services;
    }

    private static string Describe(Type classType) => classType == typeof(Secrecy)
        ? "ชั้นความลับ: confidential ลับ, secret ลับมาก; most-secret (ลับที่สุด) is refused: the regulation does not carry it by electronic correspondence."
        : "ชั้นความเร็ว: urgent ด่วน, very-urgent ด่วนมาก, most-urgent ด่วนที่สุด.";
}
