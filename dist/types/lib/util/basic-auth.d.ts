export interface BasicCredentials {
    username: string;
    password: string;
}
/** True when the header carries exactly the expected pair; constant time (hashing makes lengths equal). */
export declare function basicAuthMatches(header: string | undefined, expected: BasicCredentials): boolean;
