#nullable disable
using System.Collections.Generic;

namespace AspNetCoreRateLimit
{
    [Veltrix.VeltrixConfig("ClientRateLimitPolicies")]
    public partial class ClientRateLimitPolicies
    {
        public List<ClientRateLimitPolicy> ClientRules { get; set; }
    }
}