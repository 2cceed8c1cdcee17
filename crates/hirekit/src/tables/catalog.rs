//! The 19 tables and their columns, as the spec lists them (`specs/jobmojito-tables.yaml`:
//! the properties of each table's row schema, which are also its filter parameters).
//! `tests/tables_columns.rs` reads the spec and fails when this list and the spec differ.

use super::macros::define_tables;

define_tables! {
    /// Interview, coaching, assessment and role-play definitions. The Functions API calls the same
    /// id `interview_def_set_id`, `position_id` or `interview_id`.
    interview_def_set: InterviewDefSet, InterviewDefSetWrite,
        select_interview_def_set,
        insert_interview_def_set,
        update_interview_def_set,
        delete_interview_def_set,
    {
        Id => id,
        MerchantId => merchant_id,
        Name => name,
        Emoji => emoji,
        Type => type_ as "type",
        TypeAvatar => type_avatar,
        TypeCredit => type_credit,
        CoachPlan => coach_plan,
        Status => status,
        Visibility => visibility,
        Code => code,
        InterviewLocation => interview_location,
        CoverImageUrl => cover_image_url,
        InterviewTemplateId => interview_template_id,
        KnowledgeBaseStoreId => knowledge_base_store_id,
        MojitoLanguageCode => mojito_language_code,
        SpeechLanguageCode => speech_language_code,
        SpeechLanguageName => speech_language_name,
        Recording => recording,
        RecordingFullSession => recording_full_session,
        ResultView => result_view,
        CandidateVideoIntroduction => candidate_video_introduction,
        Description => description,
        InterviewDescriptionLong => interview_description_long,
        CandidateExpectations => candidate_expectations,
        CandidateExpectationsJson => candidate_expectations_json,
        ResultScoring => result_scoring,
        CreationParameters => creation_parameters,
        InterviewDepartment => interview_department,
        InterviewSalary => interview_salary,
        InterviewAvailableTill => interview_available_till,
        RecruiterProfileId => recruiter_profile_id,
        Slug => slug,
        Tags => tags,
        InterviewConversationSpeed => interview_conversation_speed,
        MaxFollowups => max_followups,
        MaxDuration => max_duration,
        QuestionsRandomSubset => questions_random_subset,
        RequiredPronunciation => required_pronunciation,
        ResultEnableEditTranscript => result_enable_edit_transcript,
        PdfExportAutoConfig => pdf_export_auto_config,
        CalcDefinitionJson => calc_definition_json,
        Environment => environment,
        IsAts => is_ats,
        BillingSinglePosition => billing_single_position,
        BillingSinglePositionEndAt => billing_single_position_end_at,
        CreatedAt => created_at,
        UpdatedAt => updated_at,
    }
    /// Pre-screening steps of a position; the Functions API calls the id
    /// `interview_pre_screening_id`.
    interview_def_pre_screening: InterviewDefPreScreening, InterviewDefPreScreeningWrite,
        select_interview_def_pre_screening,
        insert_interview_def_pre_screening,
        update_interview_def_pre_screening,
        delete_interview_def_pre_screening,
    {
        Id => id,
    }
    /// Questions of an interview definition, in the shape the Functions API reads and writes them.
    interview_def_question: InterviewDefQuestion, InterviewDefQuestionWrite,
        select_interview_def_question,
        insert_interview_def_question,
        update_interview_def_question,
        delete_interview_def_question,
    {
        Id => id,
        Question => question,
        Duration => duration,
        MojitoLanguageCode => mojito_language_code,
        Label => label,
        QuestionAlternatives => question_alternatives,
        ConditionalQuestionMainId => conditional_question_main_id,
        KnowledgeBaseId => knowledge_base_id,
        ExternalId => external_id,
        ExternalData => external_data,
        CandidateExpectationsJson => candidate_expectations_json,
    }
    /// Named in the old documentation without any description; its content is unknown.
    interview_def_response: InterviewDefResponse, InterviewDefResponseWrite,
        select_interview_def_response,
        insert_interview_def_response,
        update_interview_def_response,
        delete_interview_def_response,
    {
        Id => id,
    }
    /// Files stored for a candidate, such as an uploaded resume (`interview_file_id` in the
    /// Functions API).
    interview_file: InterviewFile, InterviewFileWrite,
        select_interview_file,
        insert_interview_file,
        update_interview_file,
        delete_interview_file,
    {
        Id => id,
    }
    /// Pages of stored files, which report exports list with a type, a page number and a signed
    /// link.
    interview_file_page: InterviewFilePage, InterviewFilePageWrite,
        select_interview_file_page,
        insert_interview_file_page,
        update_interview_file_page,
        delete_interview_file_page,
    {
        Id => id,
        Type => type_ as "type",
        Page => page,
        PageSigned => page_signed,
    }
    /// One candidate's attempt at an interview: status, scores, AI analysis, recordings and the
    /// recruiter's decision.
    interview_result: InterviewResult, InterviewResultWrite,
        select_interview_result,
        insert_interview_result,
        update_interview_result,
        delete_interview_result,
    {
        Id => id,
        QuestionSetId => question_set_id,
        ProfileInterviewId => profile_interview_id,
        Status => status,
        ProcessingStatus => processing_status,
        CoachStatus => coach_status,
        Score => score,
        ScoreSimulation => score_simulation,
        ScoreSentiment => score_sentiment,
        ScoreWordsPerMinute => score_words_per_minute,
        ScorePronunciation => score_pronunciation,
        ScoreAnswerAi => score_answer_ai,
        ScoreInterviewAi => score_interview_ai,
        AiAnalysis => ai_analysis,
        AiAnalysisRecruiter => ai_analysis_recruiter,
        AiAnalysisOther => ai_analysis_other,
        AiAnalysisRecruiterWhyHire => ai_analysis_recruiter_why_hire,
        AiAnalysisRecruiterWhyNotHire => ai_analysis_recruiter_why_not_hire,
        AiInterviewCoveragePercentage => ai_interview_coverage_percentage,
        AiCompletedReason => ai_completed_reason,
        RecruiterGoNextRound => recruiter_go_next_round,
        RecruiterRisks => recruiter_risks,
        RecruiterShortlist => recruiter_shortlist,
        UserFeedbackRecruiter => user_feedback_recruiter,
        TrainingStart => training_start,
        TrainingEnd => training_end,
        DurationDs => duration_ds,
        RecordingLocalPath => recording_local_path,
        RecordingIsVideo => recording_is_video,
        VideoIntroductionLocalPath => video_introduction_local_path,
        PdfExportUrl => pdf_export_url,
        PdfExportValidUntil => pdf_export_valid_until,
        IsTest => is_test,
        ProcessingError => processing_error,
        KycProcessingStatus => kyc_processing_status,
        CandidateExternalId => candidate_external_id,
    }
    /// Avatar and voice templates that interviews run with (`interview_template_id`).
    interview_templates: InterviewTemplates, InterviewTemplatesWrite,
        select_interview_templates,
        insert_interview_templates,
        update_interview_templates,
        delete_interview_templates,
    {
        Id => id,
        MerchantId => merchant_id,
        Name => name,
        Type => type_ as "type",
        Status => status,
        Visibility => visibility,
        MojitoLanguageCode => mojito_language_code,
        VideoVoiceLanguageName => video_voice_language_name,
        MediaUrl => media_url,
        BackgroundUrl => background_url,
        BackgroundBlur => background_blur,
        VideoBackgroundRemove => video_background_remove,
        VideoAvatarImageUrl => video_avatar_image_url,
        VideoAvatarAspectRatio => video_avatar_aspect_ratio,
        CreatedAt => created_at,
        UpdatedAt => updated_at,
    }
    /// Transcript entries of a result, one per question asked: the question, the answer, scores and
    /// the recording.
    interview_result_question: InterviewResultQuestion, InterviewResultQuestionWrite,
        select_interview_result_question,
        insert_interview_result_question,
        update_interview_result_question,
        delete_interview_result_question,
    {
        Id => id,
        QuestionOriginalId => question_original_id,
        QuestionAsked => question_asked,
        Answer => answer,
        IsAnswer => is_answer,
        View => view,
        AiAnalysis => ai_analysis,
        AiAnalysisRecruiter => ai_analysis_recruiter,
        Score => score,
        ScoreSimulation => score_simulation,
        ScoreAnswerAi => score_answer_ai,
        ScoreAnswerAiSimulation => score_answer_ai_simulation,
        DurationDs => duration_ds,
        MojitoLanguageCode => mojito_language_code,
        AnswerAssessmentRawData => answer_assessment_raw_data,
        RecordingLocalPath => recording_local_path,
        RecordingIsVideo => recording_is_video,
        ExternalData => external_data,
        ExternalId => external_id,
    }
    /// Outcomes of resume and form pre-screening.
    interview_result_pre_screening: InterviewResultPreScreening, InterviewResultPreScreeningWrite,
        select_interview_result_pre_screening,
        insert_interview_result_pre_screening,
        update_interview_result_pre_screening,
        delete_interview_result_pre_screening,
    {
        Id => id,
        PreScreeningScore => pre_screening_score,
        ResumeAiAnalysis => resume_ai_analysis,
        ResumeAiEducation => resume_ai_education,
        ResumeAiTechnicalExperience => resume_ai_technical_experience,
        ResumeAiIsSwitchingProfession => resume_ai_is_switching_profession,
        ProcessingReason => processing_reason,
        DecisionStatus => decision_status,
    }
    /// Documents uploaded to a knowledge base (`knowledge_base_id`).
    knowledge_base: KnowledgeBase, KnowledgeBaseWrite,
        select_knowledge_base,
        insert_knowledge_base,
        update_knowledge_base,
        delete_knowledge_base,
    {
        Id => id,
    }
    /// Knowledge-base stores that group documents (`knowledge_base_store_id`).
    knowledge_base_store: KnowledgeBaseStore, KnowledgeBaseStoreWrite,
        select_knowledge_base_store,
        insert_knowledge_base_store,
        update_knowledge_base_store,
        delete_knowledge_base_store,
    {
        Id => id,
    }
    /// Named in the old documentation without any description; its content is unknown.
    knowledge_base_chunks: KnowledgeBaseChunks, KnowledgeBaseChunksWrite,
        select_knowledge_base_chunks,
        insert_knowledge_base_chunks,
        update_knowledge_base_chunks,
        delete_knowledge_base_chunks,
    {
        Id => id,
    }
    /// Multi-stage positions and pre-screening positions.
    position_def_set: PositionDefSet, PositionDefSetWrite,
        select_position_def_set,
        insert_position_def_set,
        update_position_def_set,
        delete_position_def_set,
    {
        Id => id,
        Status => status,
        Visibility => visibility,
        KomboParameters => kombo_parameters,
        InterviewAvailableTill => interview_available_till,
        CreationParameters => creation_parameters,
    }
    /// Named in the old documentation without any description; its content is unknown.
    position_def_step: PositionDefStep, PositionDefStepWrite,
        select_position_def_step,
        insert_position_def_step,
        update_position_def_step,
        delete_position_def_step,
    {
        Id => id,
    }
    /// A candidate's progress through a position (the row `id` of the Functions API result list).
    position_result: PositionResult, PositionResultWrite,
        select_position_result,
        insert_position_result,
        update_position_result,
        delete_position_result,
    {
        Id => id,
    }
    /// One step of a candidate's progress through a position (`position_result_step_id`).
    position_result_step: PositionResultStep, PositionResultStepWrite,
        select_position_result_step,
        insert_position_result_step,
        update_position_result_step,
        delete_position_result_step,
    {
        Id => id,
    }
    /// User profiles; the id is the Supabase auth user id.
    profile: Profile, ProfileWrite,
        select_profile,
        insert_profile,
        update_profile,
        delete_profile,
    {
        Id => id,
    }
    /// Candidates: one row per candidate of a merchant, whose id is the candidate id
    /// (`profile_interview_id`).
    profile_interview: ProfileInterview, ProfileInterviewWrite,
        select_profile_interview,
        insert_profile_interview,
        update_profile_interview,
        delete_profile_interview,
    {
        Id => id,
        ProfileId => profile_id,
        MerchantId => merchant_id,
        Name => name,
        Email => email,
        EmailAuth => email_auth,
        Emoji => emoji,
        ExternalId => external_id,
        Status => status,
        PhoneNumber => phone_number,
        LinkedIn => linked_in,
        PhysicalAddress => physical_address,
        MojitoLanguageCode => mojito_language_code,
        AvatarUrl => avatar_url,
        AvatarLocalPath => avatar_local_path,
        KycImageLocalPath => kyc_image_local_path,
        KycProcessingStatus => kyc_processing_status,
        LastLoginAt => last_login_at,
        CreatedAt => created_at,
        UpdatedAt => updated_at,
        DeletedAt => deleted_at,
    }
}
