namespace Veltrix.Tests.Parity;

/// <summary>
/// Every supported collection shape (except <c>ImmutableArray&lt;T&gt;</c>, which ConfigurationBinder cannot
/// bind) of scalars and of sections. Initializers are empty or null: ConfigurationBinder appends to a non-empty
/// default, which Veltrix deliberately does not (see <see cref="BinderDifferencesTests"/>).
/// </summary>
[VeltrixConfig("Parity:Collections")]
public sealed partial class CollectionsConfig
{
    public int[] Ports { get; init; } = [];

    public List<string> Hosts { get; init; } = [];

    public IReadOnlyList<TimeSpan> Delays { get; init; } = [];

    public IList<double> Weights { get; init; } = [];

    public List<ParityColor> Colors { get; init; } = [];

    public List<int?> Optional { get; init; } = [];

    public Guid[]? Ids { get; init; }

    public List<Uri>? Links { get; init; }

    public IReadOnlyList<EndpointSection> Endpoints { get; init; } = [];

    public List<RetryPolicy> Policies { get; init; } = [];

    public Dictionary<string, int> Limits { get; init; } = [];

    public Dictionary<string, string> Labels { get; init; } = [];

    public IReadOnlyDictionary<string, decimal> Prices { get; init; } = new Dictionary<string, decimal>();

    public Dictionary<string, EndpointSection> Named { get; init; } = [];

    public Dictionary<string, DateTimeOffset>? Deadlines { get; init; }
}
