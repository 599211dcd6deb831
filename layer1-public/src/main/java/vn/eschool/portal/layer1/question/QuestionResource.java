package vn.eschool.portal.layer1.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The editors' inbox of parents' questions (asking is the public contact page's form). */
@RequestScoped
@Path("/api/v1/schools/{code}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    /** Includes the asker's contact: only the school's editors see this view. */
    public record QuestionView(long id, String name, String contact, String question, OffsetDateTime askedAt,
                               String answer, String answeredBy, OffsetDateTime answeredAt, boolean inFaq) {
        static QuestionView of(Question q) {
            return new QuestionView(q.id(), q.askerName(), q.contact(), q.question(), q.askedAt(), q.answer(),
                    q.answeredBy() == null ? null : q.answeredBy().fullName(), q.answeredAt(), q.inFaq());
        }
    }

    @Inject
    SchoolService schools;

    @Inject
    QuestionService questions;

    @Inject
    Access access;

    @Inject
    Requests requests;

    /** Whether the contact page's question form is open. */
    public record FormView(boolean open) {
    }

    @GET
    public List<QuestionView> list(@PathParam("code") String code,
                                   @QueryParam("unanswered") @DefaultValue("false") boolean unanswered,
                                   @QueryParam("page") String pageText) {
        School school = schools.require(code);
        access.requireEditor(school);
        return questions.list(school, unanswered, PageParam.parse(pageText)).stream().map(QuestionView::of).toList();
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView answer(@PathParam("code") String code, @PathParam("id") long id, AnswerRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return QuestionView.of(questions.answer(school, user, id, requests.valid(body)));
    }

    @GET
    @Path("form")
    public FormView form(@PathParam("code") String code) {
        School school = schools.require(code);
        access.requireEditor(school);
        return new FormView(questions.formOpen(school));
    }

    @PUT
    @Path("form")
    @Consumes(MediaType.APPLICATION_JSON)
    public FormView switchForm(@PathParam("code") String code, QuestionFormRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return new FormView(questions.switchForm(school, user, requests.valid(body).open()));
    }
}
