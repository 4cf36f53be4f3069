package org.ecooversight.organisation;

/** Who held a post (and in which tenure) on a given day. */
public record PostHolder(Post post, Person person, Tenure tenure) {
}
