package org.folkmoot.api.archive;

/**
 * Personal details behind a pseudonymous author id, stored apart from the contributions,
 * never served publicly and removed on erasure. Any component may be empty.
 */
public record AuthorDetails(String name, String email, String phone, String postalAddress) {

    public AuthorDetails {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        postalAddress = postalAddress == null ? "" : postalAddress;
    }
}
