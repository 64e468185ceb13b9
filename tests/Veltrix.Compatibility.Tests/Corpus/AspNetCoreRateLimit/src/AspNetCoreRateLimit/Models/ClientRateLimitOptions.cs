#nullable disable
namespace AspNetCoreRateLimit
{
    [Veltrix.VeltrixConfig("ClientRateLimiting")]
    public partial class ClientRateLimitOptions : RateLimitOptions
    {
        /// <summary>
        /// Gets or sets the policy prefix, used to compose the client policy cache key
        /// </summary>
        public string ClientPolicyPrefix { get; set; } = "crlp";
    }
}